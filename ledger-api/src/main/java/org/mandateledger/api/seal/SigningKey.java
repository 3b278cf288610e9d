package org.mandateledger.api.seal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import org.mandateledger.verify.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs checkpoints, read from a PEM file outside the database
 * ({@code ledger.seal.key-file}, by default {@code ledger-signing-key.pem} in the data folder)
 * holding a {@code PRIVATE KEY} block and its {@code PUBLIC KEY} block (OpenSSL makes one with
 * {@code openssl genpkey -algorithm ed25519 -out k.pem && openssl pkey -in k.pem -pubout >> k.pem}).
 * At first start, with no file there, a key is made and written readable by its owner only; once a
 * checkpoint is signed, a missing file, or a file of another key, stops the start instead.
 */
@Component
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    SigningKey(SealProperties settings, @Value("${ledger.data-dir}") String dataDir, EntityManagerFactory database) {
        Path file = settings.keyFile() == null || settings.keyFile().isBlank()
                ? Path.of(dataDir, "ledger-signing-key.pem") : Path.of(settings.keyFile());
        Optional<String> signedWith = lastSigningKey(database);
        try {
            if (!Files.exists(file)) {
                if (signedWith.isPresent()) {
                    throw new IllegalStateException("The checkpoint signing key file " + file.toAbsolutePath() + " is missing, and this"
                            + " ledger's checkpoints are signed with key " + signedWith.get() + ". Restore that key file there, or give its"
                            + " path as ledger.seal.key-file; a new key would leave every checkpoint unverifiable.");
                }
                make(file);
            }
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            this.privateKey = Checkpoint.privateKey(pem);
            this.publicKey = Checkpoint.publicKey(pem);
            if (!matches(privateKey, publicKey)) {
                throw new IllegalStateException("the signing key file " + file + " holds a public key that is not the private key's");
            }
            if (signedWith.isPresent() && !signedWith.get().equals(Checkpoint.keyId(publicKey))) {
                throw new IllegalStateException("The checkpoint signing key file " + file.toAbsolutePath() + " holds key "
                        + Checkpoint.keyId(publicKey) + ", and this ledger's checkpoints are signed with key " + signedWith.get()
                        + ". Give ledger.seal.key-file the file of that key; with another, nothing could be signed.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + file, e);
        }
        log.info("Checkpoints are signed with Ed25519 key {} from {}", Checkpoint.keyId(publicKey), file.toAbsolutePath());
    }

    Checkpoint sign(long size, byte[] root) {
        return Checkpoint.sign(size, root, Instant.now().toString(), privateKey, publicKey);
    }

    PublicKey publicKey() {
        return publicKey;
    }

    String keyId() {
        return Checkpoint.keyId(publicKey);
    }

    /**
     * The key the ledger's latest checkpoint was signed with, if any. A ledger whose checkpoints were
     * signed with a key must not go on with another (a mount forgotten, a folder restored without the
     * file, another environment's file): the checkpointer would sign nothing, and every verification
     * would answer {@code SIGNATURE_INVALID} although nothing was forged. So the start stops instead.
     */
    private static Optional<String> lastSigningKey(EntityManagerFactory database) {
        EntityManager entityManager = database.createEntityManager();
        try {
            return entityManager.createQuery("select c.keyId from CheckpointEntry c order by c.size desc", String.class).setMaxResults(1)
                    .getResultStream().findFirst();
        } finally {
            entityManager.close();
        }
    }

    private static void make(Path file) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(Checkpoint.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path written = Files.createTempFile(folder, "signing-key", ".tmp");
        try {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // On a file system without POSIX permissions the folder's own protection applies.
        }
        Files.writeString(written, Checkpoint.privateKeyPem(pair.getPrivate()) + Checkpoint.publicKeyPem(pair.getPublic()), StandardCharsets.US_ASCII);
        try {
            // Never over another instance's key made a moment ago: that one stands, and this one is dropped.
            Files.move(written, file);
        } catch (java.nio.file.FileAlreadyExistsException madeMeanwhile) {
            Files.delete(written);
            return;
        }
        log.warn("Made a new checkpoint signing key {} at {}: back it up apart from the database; a checkpoint signed with it can be"
                + " checked by anyone who holds its public key (GET /api/v1/ledger/key)", Checkpoint.keyId(pair.getPublic()), file.toAbsolutePath());
    }

    /** Whether the two halves belong together: a statement signed with the one verifies with the other. */
    private static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        return Checkpoint.sign(0, new byte[32], "pair check", privateKey, publicKey).verifies(publicKey);
    }
}
