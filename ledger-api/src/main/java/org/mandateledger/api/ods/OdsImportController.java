package org.mandateledger.api.ods;

import java.io.IOException;
import java.util.List;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/organisations")
class OdsImportController {

    record ImportAnswer(int registered, int updated, int unchanged, List<OdsImport.Skipped> skipped) {
    }

    private final OdsImport odsImport;
    private final Recorded recorded;

    OdsImportController(OdsImport odsImport, Recorded recorded) {
        this.odsImport = odsImport;
        this.recorded = recorded;
    }

    /** {@code epraccur} is required; {@code epcn} and {@code listSizes} add PCN membership and list sizes. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportAnswer> importFiles(@RequestPart(name = "epraccur", required = false) MultipartFile epraccur,
                                             @RequestPart(name = "epcn", required = false) MultipartFile epcn,
                                             @RequestPart(name = "listSizes", required = false) MultipartFile listSizes) throws IOException {
        if (epraccur == null || epraccur.isEmpty()) {
            throw InvalidRequestException.field("epraccur", "the epraccur file is required");
        }
        OdsImport.Result result;
        try {
            result = odsImport.run(epraccur::getInputStream, epcn == null ? null : epcn::getInputStream,
                    listSizes == null ? null : listSizes::getInputStream);
        } catch (OdsFormatException e) {
            throw new InvalidRequestException("INVALID_ODS_FILE", e.getMessage(),
                    List.of(new Problems.FieldError(e.file().label(), "line " + e.line() + ": " + e.detail())));
        }
        ImportAnswer answer = new ImportAnswer(result.registered(), result.updated(), result.unchanged(), result.skipped());
        return recorded.ok(result.position(), () -> answer);
    }
}
