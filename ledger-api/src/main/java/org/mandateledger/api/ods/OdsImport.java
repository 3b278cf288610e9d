package org.mandateledger.api.ods;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.Problems;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.organisation.api.OrganisationKind;
import org.mandateledger.organisation.api.RecordOrganisation;
import org.springframework.stereotype.Service;

/**
 * Imports the NHS files as published: active GP practices from epraccur, their current PCN from
 * ePCN, their list sizes from "Patients Registered at a GP Practice". Every file is read and
 * checked before anything is recorded, so a malformed file records nothing; recording the same
 * facts again appends nothing.
 */
@Service
public class OdsImport {

    /** A file to import, opened when read. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public record Skipped(String code, String reason) {
    }

    public record Result(int registered, int updated, int unchanged, List<Skipped> skipped, long position) {
    }

    private record Practice(String name, String pcn, ListSize listSize) {
    }

    private final CommandSender commands;

    OdsImport(CommandSender commands) {
        this.commands = commands;
    }

    public Result run(Source epraccur, Source epcn, Source listSizes) throws IOException {
        List<Skipped> skipped = new ArrayList<>();
        Map<String, String> activePractices = new TreeMap<>();
        try (InputStream in = epraccur.open()) {
            EpraccurReader.read(in, row -> row.skipReason().ifPresentOrElse(
                    reason -> skipped.add(new Skipped(row.code(), reason.description())),
                    () -> activePractices.put(row.code(), row.name())));
        }
        LocalDate today = LedgerClock.today();
        CurrentPcnMembership membership = new CurrentPcnMembership(today);
        if (epcn != null) {
            try (InputStream in = epcn.open()) {
                EpcnReader.read(in, membership);
            }
        }
        Map<String, ListSize> sizes = new TreeMap<>();
        if (listSizes != null) {
            try (InputStream in = listSizes.open()) {
                ListSizeReader.read(in, size -> {
                    if (activePractices.containsKey(size.practiceCode())) {
                        sizes.merge(size.practiceCode(), size, (a, b) -> b.extractDate().isBefore(a.extractDate()) ? a : b);
                    } else {
                        skipped.add(new Skipped(size.practiceCode(), "unknown code: list size for no active GP practice in epraccur"));
                    }
                });
            }
        }
        Map<String, Practice> practices = new TreeMap<>();
        activePractices.forEach((code, name) -> {
            PcnRelationship pcn = membership.byPractice().get(code);
            practices.put(code, new Practice(name, pcn == null ? null : pcn.pcnCode(), sizes.get(code)));
        });
        membership.byPractice().keySet().stream()
                .filter(code -> !activePractices.containsKey(code))
                .forEach(code -> skipped.add(new Skipped(code, "unknown code: PCN membership for no active GP practice in epraccur")));

        membership.pcns().forEach((code, name) -> requireName("epcn", code, name));
        practices.forEach((code, practice) -> requireName("epraccur", code, practice.name()));

        Tally tally = new Tally();
        for (Map.Entry<String, String> pcn : membership.pcns().entrySet()) {
            record(tally, skipped, new RecordOrganisation(new OrganisationCode(pcn.getKey()), pcn.getValue(), OrganisationKind.PCN,
                    null, null, null));
        }
        for (Map.Entry<String, Practice> entry : practices.entrySet()) {
            Practice p = entry.getValue();
            record(tally, skipped, new RecordOrganisation(new OrganisationCode(entry.getKey()), p.name(), OrganisationKind.PRACTICE,
                    p.listSize() == null ? null : (long) p.listSize().registeredPatients(),
                    p.listSize() == null ? null : p.listSize().extractDate(),
                    p.pcn() == null ? null : new OrganisationCode(p.pcn())));
        }
        return new Result(tally.registered, tally.updated, tally.unchanged, List.copyOf(skipped), tally.position);
    }

    /**
     * Records one organisation. What the ledger already holds and the file contradicts (a code
     * registered as another kind) is reported as skipped with the reason, and the import goes on.
     */
    private void record(Tally tally, List<Skipped> skipped, RecordOrganisation command) {
        try {
            tally.count(commands.send(command));
        } catch (DomainRuleViolation refused) {
            skipped.add(new Skipped(command.code().value(), "refused: " + refused.getMessage()));
        }
    }

    /** A name is stored as a title is: at most 200 characters, no control characters. */
    private static void requireName(String file, String code, String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            String message = "the name of " + code + " must be 1 to " + MAX_NAME + " characters with no control characters";
            throw new InvalidRequestException("INVALID_ODS_FILE", file + ": " + message, List.of(new Problems.FieldError(file, message)));
        }
    }

    private static final int MAX_NAME = 200;

    private static final class Tally {
        int registered;
        int updated;
        int unchanged;
        long position;

        void count(CommandSender.Written<RecordOutcome> written) {
            switch (written.result()) {
                case REGISTERED -> registered++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            position = Math.max(position, written.position());
        }
    }
}
