package org.mandateledger.verify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed statement of the ledger's Merkle tree: its size (leaves), its root (lower-case hex),
 * when it was signed, and the Ed25519 signature over the canonical JSON of
 * {@code {keyId, root, signedAt, size}}, base64. Anyone who keeps one can later check that the
 * ledger still holds exactly those first {@code size} events.
 */
public record Checkpoint(long size, String root, String signedAt, String signature, String keyId) {

    public static final String ALGORITHM = "Ed25519";

    /** The bytes that are signed. */
    public byte[] signedBytes() {
        ObjectNode statement = JsonNodeFactory.instance.objectNode();
        statement.put("keyId", keyId);
        statement.put("root", root);
        statement.put("signedAt", signedAt);
        statement.put("size", size);
        return CanonicalJson.bytes(statement);
    }

    public static Checkpoint sign(long size, byte[] root, String signedAt, PrivateKey key, PublicKey publicKey) {
        Checkpoint unsigned = new Checkpoint(size, HexFormat.of().formatHex(root), signedAt, null, keyId(publicKey));
        try {
            Signature ed25519 = Signature.getInstance(ALGORITHM);
            ed25519.initSign(key);
            ed25519.update(unsigned.signedBytes());
            return new Checkpoint(size, unsigned.root(), signedAt, Base64.getEncoder().encodeToString(ed25519.sign()), unsigned.keyId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with an Ed25519 key", e);
        }
    }

    /** Whether the signature is this key's, over this statement. */
    public boolean verifies(PublicKey key) {
        if (signature == null || !keyId(key).equals(keyId)) {
            return false;
        }
        try {
            Signature ed25519 = Signature.getInstance(ALGORITHM);
            ed25519.initVerify(key);
            ed25519.update(signedBytes());
            return ed25519.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public byte[] rootBytes() {
        return HexFormat.of().parseHex(root);
    }

    /** A key's id: the first 16 hex digits of the SHA-256 of its X.509 encoding. */
    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(MerkleTree.sha256().digest(key.getEncoded())).substring(0, 16);
    }

    public static String publicKeyPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static String privateKeyPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(unpem(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM", e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(unpem(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PEM", e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] unpem(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + label + " in PEM");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
