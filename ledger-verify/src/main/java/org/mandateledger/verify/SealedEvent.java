package org.mandateledger.verify;

import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the ledger seals of one stored event: its identifier, aggregate, sequence, type, revision
 * and timestamp as stored, and the SHA-256 of the canonical JSON (RFC 8785) of its payload and of
 * its metadata. The leaf is the canonical JSON of these fields. Because the leaf holds the
 * payload's digest rather than the payload, an export may leave a payload out (redaction) and the
 * proofs still verify.
 */
public record SealedEvent(String identifier, String aggregateType, String aggregate, long sequence, String type, String revision,
                          String timestamp, String payloadSha256, String metadataSha256) {

    /** Seals a stored event from its payload and metadata as stored (JSON). */
    public static SealedEvent of(String identifier, String aggregateType, String aggregate, long sequence, String type, String revision,
                                 String timestamp, byte[] payload, byte[] metadata) {
        return new SealedEvent(identifier, aggregateType, aggregate, sequence, type, revision, timestamp, digest(payload), digest(metadata));
    }

    /** The SHA-256, in lower-case hex, of the canonical form of a JSON document (refused if a number is not exactly a double). */
    public static String digest(byte[] json) {
        return digest(CanonicalJson.parse(json));
    }

    public static String digest(JsonNode json) {
        return HexFormat.of().formatHex(MerkleTree.sha256().digest(CanonicalJson.exactBytes(json)));
    }

    /** The leaf: the canonical JSON of the sealed fields. */
    public byte[] canonical() {
        ObjectNode leaf = JsonNodeFactory.instance.objectNode();
        leaf.put("identifier", identifier);
        leaf.put("aggregateType", aggregateType);
        leaf.put("aggregate", aggregate);
        leaf.put("sequence", sequence);
        leaf.put("type", type);
        leaf.put("revision", revision);
        leaf.put("timestamp", timestamp);
        leaf.put("payloadSha256", payloadSha256);
        leaf.put("metadataSha256", metadataSha256);
        return CanonicalJson.bytes(leaf);
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(canonical());
    }
}
