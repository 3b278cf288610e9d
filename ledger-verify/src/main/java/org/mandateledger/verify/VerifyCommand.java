package org.mandateledger.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.Map;

/**
 * The offline verifier: {@code java -jar ledger-verify.jar --export ledger.jsonl [--checkpoint kept.json]
 * [--public-key ledger.pub.pem] [--event ID]}. Exit status 0 when everything checked holds, 1 when
 * something does not (the first problem is printed), 2 when the files cannot be read.
 */
public final class VerifyCommand {

    private VerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return usage(out, "unexpected " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (!options.containsKey("export") || !options.keySet().stream().allMatch(o -> o.matches("export|checkpoint|public-key|event"))) {
            return usage(out, "--export is required; options are --export, --checkpoint, --public-key, --event");
        }
        try {
            LedgerExport export;
            try (BufferedReader in = Files.newBufferedReader(Path.of(options.get("export")), StandardCharsets.UTF_8)) {
                export = LedgerExport.read(in);
            }
            Checkpoint kept = options.containsKey("checkpoint")
                    ? LedgerExport.checkpoint(CanonicalJson.parse(Files.readAllBytes(Path.of(options.get("checkpoint"))))) : null;
            PublicKey key = options.containsKey("public-key") ? Checkpoint.publicKey(Files.readString(Path.of(options.get("public-key")))) : null;
            ExportVerifier.Report report = ExportVerifier.verify(export, kept, key, options.get("event"));
            report.checked().forEach(line -> out.println("ok      " + line));
            if (report.valid()) {
                out.println("VALID   " + report.leaves() + " events");
                return 0;
            }
            ExportVerifier.Problem problem = report.firstInvalid().orElseThrow();
            out.println("INVALID leaf " + problem.leaf() + (problem.position() > 0 ? " (position " + problem.position() + ")" : "") + ": "
                    + problem.reason());
            return 1;
        } catch (IOException | RuntimeException e) {
            out.println("ERROR   " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream out, String why) {
        out.println("ERROR   " + why);
        out.println("usage: java -jar ledger-verify.jar --export ledger.jsonl [--checkpoint kept.json] [--public-key ledger.pub.pem] [--event ID]");
        return 2;
    }
}
