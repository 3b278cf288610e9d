package org.mandateledger.api.seal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mandateledger.api.pages.ApiRules;
import org.mandateledger.api.pages.PageController;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.verify.Checkpoint;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's seal for a chair: whether it verifies (on request, as it reads every event), the
 * latest signed checkpoint and the public key to keep where the ledger's operators cannot reach,
 * the export, and how to check it offline. Read through {@link LedgerController}, for whoever the
 * API lets verify the ledger (chairs and operators); the files are those the API serves.
 */
@PageController
class LedgerPages {

    private static final String VERIFY = "/api/v1/ledger/verify";

    private final LedgerController ledger;
    private final ApiRules rules;
    private final JsonMapper json;

    LedgerPages(LedgerController ledger, ApiRules rules, JsonMapper json) {
        this.ledger = ledger;
        this.rules = rules;
        this.json = json;
    }

    @GetMapping("/ledger")
    String ledger(@RequestParam(required = false) String verify, Model model) {
        rules.require(HttpMethod.GET, VERIFY);
        Optional<Checkpoint> latest = latest();
        model.addAttribute("checkpoint", latest.orElse(null));
        model.addAttribute("signedAt", latest.map(c -> java.time.Instant.parse(c.signedAt())).orElse(null));
        model.addAttribute("key", ledger.key());
        model.addAttribute("verification", verify != null ? ledger.verify() : null);
        model.addAttribute("mayExport", rules.allows(HttpMethod.GET, "/api/v1/ledger/export"));
        return "ledger";
    }

    /** The latest signed checkpoint as the API answers it, to save as {@code kept.json}. */
    @GetMapping("/ledger/checkpoint.json")
    ResponseEntity<byte[]> checkpoint() {
        rules.require(HttpMethod.GET, VERIFY);
        Checkpoint latest = latest().orElseThrow(() -> new NotFoundException("NO_CHECKPOINT", "no checkpoint has been signed yet"));
        return download(json.writeValueAsBytes(latest), MediaType.APPLICATION_JSON, "checkpoint-" + latest.size() + ".json");
    }

    /** The public key that checks every checkpoint, as PEM, to save as {@code ledger.pub.pem}. */
    @GetMapping("/ledger/key.pem")
    ResponseEntity<byte[]> key() {
        rules.require(HttpMethod.GET, VERIFY);
        return download(ledger.key().publicKey().getBytes(StandardCharsets.US_ASCII), MediaType.parseMediaType("application/x-pem-file"),
                "ledger.pub.pem");
    }

    /** The export the offline verifier reads: whole or redacted exactly as the API decides for this user. */
    @GetMapping("/ledger/export")
    void export(HttpServletResponse response) throws IOException {
        rules.require(HttpMethod.GET, "/api/v1/ledger/export");
        ledger.export(response);
    }

    private Optional<Checkpoint> latest() {
        try {
            return Optional.of(ledger.latestCheckpoint());
        } catch (NotFoundException none) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
    }
}
