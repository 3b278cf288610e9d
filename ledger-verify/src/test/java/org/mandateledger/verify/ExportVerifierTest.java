package org.mandateledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier on exports it is handed: whole, redacted, tampered with in each way, and against a kept checkpoint. */
class ExportVerifierTest {

    private static final KeyPair KEY = keyPair();
    private static final KeyPair OTHER_KEY = keyPair();

    @Test
    void an_untouched_export_verifies_against_a_checkpoint_kept_from_earlier() throws Exception {
        List<String> lines = export(12, 5, 12);
        Checkpoint kept = checkpointOf(lines, 5);

        ExportVerifier.Report report = ExportVerifier.verify(read(lines), kept, KEY.getPublic(), "event-3");

        assertThat(report.firstInvalid()).isEmpty();
        assertThat(report.checked()).anyMatch(line -> line.startsWith("consistency proof from 5 to 12"))
                .anyMatch(line -> line.startsWith("event event-3 is leaf 3"));
    }

    @Test
    void a_redacted_export_still_verifies_by_the_sealed_digests() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : export(8, 8)) {
            lines.add(line.replaceAll(",\"payload\":\\{[^}]*\\}", ""));
        }
        assertThat(String.join("\n", lines)).doesNotContain("\"payload\":{");

        assertThat(ExportVerifier.verify(read(lines), null, KEY.getPublic(), null).firstInvalid()).isEmpty();
    }

    @Test
    void an_edited_payload_is_found_at_its_leaf() throws Exception {
        List<String> lines = export(8, 8);
        lines.set(1 + 4, lines.get(1 + 4).replace("\"note\":\"note 4\"", "\"note\":\"forged\""));

        assertProblem(lines, 4, "PAYLOAD_ALTERED");
    }

    @Test
    void an_edited_payload_with_its_digest_recomputed_no_longer_gives_the_leaf_it_was_sealed_as() throws Exception {
        List<String> lines = export(8, 4, 8);
        lines.set(1 + 6, forge(lines.get(1 + 6), "note 6"));

        assertProblem(lines, 6, "EVENT_ALTERED");
    }

    @Test
    void an_edited_payload_with_its_digest_and_sealed_leaf_rewritten_breaks_the_signed_root() throws Exception {
        List<String> lines = export(8, 4, 8);
        lines.replaceAll(line -> line.replaceAll(",\"sealedLeaf\":\"[0-9a-f]+\"", ""));
        lines.set(1 + 6, forge(lines.get(1 + 6), "note 6"));

        ExportVerifier.Problem problem = assertProblem(lines, 4, "ROOT_MISMATCH");
        assertThat(problem.reason()).contains("between leaf 4 and leaf 7");
    }

    @Test
    void an_edited_timestamp_is_found_at_its_leaf_and_breaks_the_signed_root() throws Exception {
        List<String> lines = export(8, 8);
        lines.set(1 + 2, lines.get(1 + 2).replace("2026-11-02T", "2026-11-03T"));
        assertProblem(lines, 2, "EVENT_ALTERED");

        lines.replaceAll(line -> line.replaceAll(",\"sealedLeaf\":\"[0-9a-f]+\"", ""));
        assertProblem(lines, 0, "ROOT_MISMATCH");
    }

    /** The line with its payload's note changed and its payload digest recomputed to match. */
    private static String forge(String line, String note) {
        String forged = "{\"note\":\"forged\",\"share\":0.50}";
        return line.replace("\"note\":\"" + note + "\"", "\"note\":\"forged\"")
                .replaceAll("\"payloadSha256\":\"[0-9a-f]+\"", "\"payloadSha256\":\"" + SealedEvent.digest(forged.getBytes(StandardCharsets.UTF_8)) + "\"");
    }

    @Test
    void a_deleted_event_is_found_where_it_was() throws Exception {
        List<String> lines = export(8, 8);
        lines.remove(1 + 3);

        assertProblem(lines, 3, "LEAF_MISSING");
    }

    @Test
    void two_swapped_events_are_found_at_the_first() throws Exception {
        List<String> lines = export(8, 8);
        String third = lines.get(1 + 2);
        lines.set(1 + 2, lines.get(1 + 5));
        lines.set(1 + 5, third);

        assertProblem(lines, 2, "LEAF_MISSING");
    }

    @Test
    void a_truncated_tail_is_found_against_the_checkpoint_that_covered_it() throws Exception {
        List<String> lines = export(8, 8);
        List<String> truncated = new ArrayList<>(lines.subList(0, 1 + 6));
        truncated.add(lines.get(lines.size() - 1));

        assertProblem(truncated, 6, "TRUNCATED");
    }

    @Test
    void an_export_cut_short_is_found_by_its_header_even_without_a_checkpoint() throws Exception {
        List<String> lines = export(8);
        lines.remove(lines.size() - 1);

        assertProblem(lines, 7, "TRUNCATED_EXPORT");
    }

    @Test
    void events_after_the_last_checkpoint_are_said_to_be_unanchored() throws Exception {
        ExportVerifier.Report report = ExportVerifier.verify(read(export(8, 5)), null, KEY.getPublic(), null);

        assertThat(report.checked()).contains("3 events after the last signed checkpoint are not yet anchored by a signature");
    }

    @Test
    void a_kept_checkpoint_of_a_forked_history_does_not_verify() throws Exception {
        List<String> lines = export(10, 10);
        List<String> fork = export(10, 10);
        fork.set(1 + 1, fork.get(1 + 1).replace("\"note\":\"note 1\"", "\"note\":\"another history\"")
                .replaceAll("\"payloadSha256\":\"[0-9a-f]+\"", "\"payloadSha256\":\""
                        + SealedEvent.digest("{\"note\":\"another history\",\"share\":0.50}".getBytes(StandardCharsets.UTF_8)) + "\""));
        Checkpoint keptFromFork = checkpointOf(fork, 6);

        ExportVerifier.Report report = ExportVerifier.verify(read(lines), keptFromFork, KEY.getPublic(), null);

        assertThat(report.firstInvalid()).hasValueSatisfying(p -> assertThat(p.reason()).startsWith("ROOT_MISMATCH"));
    }

    @Test
    void checkpoints_signed_by_another_key_are_refused() throws Exception {
        List<String> lines = export(4, 4);

        ExportVerifier.Report report = ExportVerifier.verify(read(lines), null, OTHER_KEY.getPublic(), null);

        assertThat(report.firstInvalid()).hasValueSatisfying(p -> assertThat(p.reason()).startsWith("SIGNATURE_INVALID"));
    }

    @Test
    void the_command_says_valid_or_names_the_first_problem_with_its_exit_status(@TempDir Path dir) throws Exception {
        List<String> lines = export(6, 6);
        Path file = dir.resolve("ledger.jsonl");
        Files.write(file, lines);
        Path key = Files.writeString(dir.resolve("ledger.pub.pem"), Checkpoint.publicKeyPem(KEY.getPublic()));
        Path kept = Files.writeString(dir.resolve("kept.json"), LedgerExport.checkpointLine(checkpointOf(lines, 3))
                .replaceFirst("^\\{\"checkpoint\":", "").replaceFirst("}$", ""));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifyCommand.run(new String[] {"--export", file.toString(), "--checkpoint", kept.toString(), "--public-key", key.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("VALID   6 events");

        lines.set(1 + 1, lines.get(1 + 1).replace("\"note\":\"note 1\"", "\"note\":\"forged\""));
        Files.write(file, lines);
        out.reset();
        status = VerifyCommand.run(new String[] {"--export", file.toString(), "--public-key", key.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isOne();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("INVALID leaf 1 (position 2): PAYLOAD_ALTERED");

        assertThat(VerifyCommand.run(new String[] {"--nothing"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(2);
    }

    private static ExportVerifier.Problem assertProblem(List<String> lines, long leaf, String reason) throws Exception {
        ExportVerifier.Report report = ExportVerifier.verify(read(lines), null, KEY.getPublic(), null);
        assertThat(report.firstInvalid()).as(report.toString()).isPresent();
        ExportVerifier.Problem problem = report.firstInvalid().get();
        assertThat(problem.reason()).startsWith(reason);
        assertThat(problem.leaf()).as(problem.toString()).isEqualTo(leaf);
        return problem;
    }

    /** An export of {@code events} synthetic events, with a checkpoint signed at each size given. */
    private static List<String> export(int events, int... checkpointSizes) {
        List<String> lines = new ArrayList<>();
        lines.add(LedgerExport.headerLine(new LedgerExport.Header("2026-11-23T00:00:00Z", events, Checkpoint.keyId(KEY.getPublic()),
                Checkpoint.publicKeyPem(KEY.getPublic()))));
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            byte[] payload = ("{\"note\":\"note " + i + "\",\"share\":0.50}").getBytes(StandardCharsets.UTF_8);
            byte[] metadata = "{\"actor\":\"sec\"}".getBytes(StandardCharsets.UTF_8);
            SealedEvent sealed = SealedEvent.of("event-" + i, "Confederation", "confederation:test", i, "org.example.Noted", "1",
                    "2026-11-02T10:00:0" + (i % 10) + "Z", payload, metadata);
            leaves.add(sealed.leafHash());
            lines.add(LedgerExport.entryLine(new LedgerExport.Entry(i, i + 1, sealed, HexFormat.of().formatHex(sealed.leafHash()), CanonicalJson.parse(payload), CanonicalJson.parse(metadata))));
        }
        for (int size : checkpointSizes) {
            lines.add(LedgerExport.checkpointLine(Checkpoint.sign(size, MerkleTree.root(leaves, size), "2026-11-23T00:00:0" + (size % 10) + "Z",
                    KEY.getPrivate(), KEY.getPublic())));
        }
        return lines;
    }

    private static Checkpoint checkpointOf(List<String> lines, int size) throws Exception {
        List<byte[]> leaves = new ArrayList<>();
        for (LedgerExport.Entry entry : read(lines).entries()) {
            leaves.add(entry.sealed().leafHash());
        }
        return Checkpoint.sign(size, MerkleTree.root(leaves, size), "2026-11-20T00:00:00Z", KEY.getPrivate(), KEY.getPublic());
    }

    private static LedgerExport read(List<String> lines) throws Exception {
        return LedgerExport.read(new BufferedReader(new StringReader(String.join("\n", lines))));
    }

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
