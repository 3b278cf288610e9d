package org.mandateledger.api.seal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.security.CurrentUser;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.Role;
import org.mandateledger.projections.paging.Page;
import org.mandateledger.verify.Checkpoint;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verifiable ledger: {@code GET /ledger/verify} recomputes it from the stored events;
 * {@code GET /ledger/checkpoints} lists the signed checkpoints anyone may keep ({@code /latest} the
 * one to keep now), and {@code GET /ledger/key} the public key that checks them;
 * {@code GET /ledger/export} is the file the offline verifier reads.
 */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerController {

    static final String NDJSON = "application/x-ndjson";

    private final LedgerVerification verification;
    private final Seals seals;
    private final SigningKey key;
    private final LedgerExports exports;

    LedgerController(LedgerVerification verification, Seals seals, SigningKey key, LedgerExports exports) {
        this.verification = verification;
        this.seals = seals;
        this.key = key;
        this.exports = exports;
    }

    @GetMapping("/verify")
    LedgerVerification.Result verify() {
        return verification.verify();
    }

    @GetMapping("/checkpoints")
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Page<Checkpoint> checkpoints(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int max = Requests.parse("limit", () -> Page.limit(limit));
        String after = Page.decode(cursor);
        long afterSize = after == null ? 0 : Requests.parse("cursor", () -> Long.parseLong(after));
        return Page.of(seals.checkpoints(afterSize, max + 1), max, c -> Long.toString(c.size()));
    }

    /** The checkpoint to keep: the latest signed, without paging through every earlier one. */
    @GetMapping("/checkpoints/latest")
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Checkpoint latestCheckpoint() {
        return seals.latestCheckpoint().orElseThrow(() -> new NotFoundException("NO_CHECKPOINT", "no checkpoint has been signed yet"));
    }

    /** The public key that checks every checkpoint, as PEM, with its id. */
    record Key(String keyId, String algorithm, String publicKey) {
    }

    @GetMapping("/key")
    Key key() {
        return new Key(key.keyId(), Checkpoint.ALGORITHM, Checkpoint.publicKeyPem(key.publicKey()));
    }

    /**
     * The export: whole for a chair whose reach is every confederation; for anyone else (an
     * operator, a chair of one confederation) redacted, every payload and metadata replaced by the
     * digest it was sealed with. Always {@code application/x-ndjson}, whatever the {@code Accept}.
     */
    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        LedgerUser user = CurrentUser.get();
        boolean whole = user.role() == Role.CHAIR && user.reachesEverywhere();
        response.setContentType(NDJSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger" + (whole ? "" : "-redacted") + ".jsonl\"");
        exports.write(response.getOutputStream(), !whole);
    }
}
