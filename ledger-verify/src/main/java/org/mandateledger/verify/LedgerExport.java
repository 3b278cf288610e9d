package org.mandateledger.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An export of the ledger: JSON Lines in UTF-8 (docs/ledger-export.md).
 * <ol>
 * <li>a header: {@code {"format":"mandate-ledger-export","version":1,"exportedAt","leaves","keyId","publicKey"}};</li>
 * <li>one line per sealed event, in seal order: {@code {"leaf","position"}}, the sealed fields of
 * {@link SealedEvent}, {@code "sealedLeaf"} (the leaf hash recorded when it was sealed), and
 * {@code "payload"} and {@code "metadata"} unless redacted;</li>
 * <li>one line per signed checkpoint: {@code {"checkpoint":{size, root, signedAt, signature, keyId}}}.</li>
 * </ol>
 */
public record LedgerExport(Header header, List<Entry> entries, List<Checkpoint> checkpoints) {

    public static final String FORMAT = "mandate-ledger-export";
    public static final int VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Header(String exportedAt, long leaves, String keyId, String publicKey) {
    }

    /**
     * One sealed event: {@code sealedLeaf} is the leaf hash the ledger recorded when it sealed it
     * (hex; null if not given), and {@code payload} and {@code metadata} are null where the export
     * redacted them.
     */
    public record Entry(long leaf, long position, SealedEvent sealed, String sealedLeaf, JsonNode payload, JsonNode metadata) {
    }

    public static String headerLine(Header header) {
        ObjectNode line = JSON.createObjectNode();
        line.put("format", FORMAT);
        line.put("version", VERSION);
        line.put("exportedAt", header.exportedAt());
        line.put("leaves", header.leaves());
        line.put("keyId", header.keyId());
        line.put("publicKey", header.publicKey());
        return JSON.writeValueAsString(line);
    }

    public static String entryLine(Entry entry) {
        SealedEvent sealed = entry.sealed();
        ObjectNode line = JSON.createObjectNode();
        line.put("leaf", entry.leaf());
        line.put("position", entry.position());
        line.put("identifier", sealed.identifier());
        line.put("aggregateType", sealed.aggregateType());
        line.put("aggregate", sealed.aggregate());
        line.put("sequence", sealed.sequence());
        line.put("type", sealed.type());
        line.put("revision", sealed.revision());
        line.put("timestamp", sealed.timestamp());
        line.put("payloadSha256", sealed.payloadSha256());
        line.put("metadataSha256", sealed.metadataSha256());
        if (entry.sealedLeaf() != null) {
            line.put("sealedLeaf", entry.sealedLeaf());
        }
        if (entry.payload() != null) {
            line.set("payload", entry.payload());
        }
        if (entry.metadata() != null) {
            line.set("metadata", entry.metadata());
        }
        return JSON.writeValueAsString(line);
    }

    public static String checkpointLine(Checkpoint checkpoint) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", checkpoint.size());
        body.put("root", checkpoint.root());
        body.put("signedAt", checkpoint.signedAt());
        body.put("signature", checkpoint.signature());
        body.put("keyId", checkpoint.keyId());
        ObjectNode line = JSON.createObjectNode();
        line.set("checkpoint", body);
        return JSON.writeValueAsString(line);
    }

    public static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an export; a line that is not what the format says is refused, naming its number. */
    public static LedgerExport read(BufferedReader in) throws IOException {
        String first = in.readLine();
        if (first == null) {
            throw new IllegalArgumentException("line 1: the export is empty");
        }
        JsonNode head = CanonicalJson.parse(first);
        if (!FORMAT.equals(text(head, "format")) || head.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException("line 1: not a " + FORMAT + " version " + VERSION + " header");
        }
        Header header = new Header(text(head, "exportedAt"), head.path("leaves").asLong(), text(head, "keyId"), text(head, "publicKey"));
        List<Entry> entries = new ArrayList<>();
        List<Checkpoint> checkpoints = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode json = CanonicalJson.parse(line);
                if (json.has("checkpoint")) {
                    checkpoints.add(checkpoint(json.get("checkpoint")));
                } else {
                    entries.add(entry(json));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return new LedgerExport(header, entries, checkpoints);
    }

    public static Checkpoint checkpoint(JsonNode json) {
        return new Checkpoint(required(json, "size").asLong(), text(json, "root"), text(json, "signedAt"), text(json, "signature"),
                text(json, "keyId"));
    }

    private static Entry entry(JsonNode json) {
        SealedEvent sealed = new SealedEvent(text(json, "identifier"), text(json, "aggregateType"), text(json, "aggregate"),
                required(json, "sequence").asLong(), text(json, "type"), text(json, "revision"), text(json, "timestamp"),
                text(json, "payloadSha256"), text(json, "metadataSha256"));
        return new Entry(required(json, "leaf").asLong(), required(json, "position").asLong(), sealed, text(json, "sealedLeaf"),
                json.has("payload") ? json.get("payload") : null, json.has("metadata") ? json.get("metadata") : null);
    }

    private static JsonNode required(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
