package org.mandateledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    @Test
    void a_checkpoint_verifies_under_its_key_only_and_only_as_signed() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] root = MerkleTree.leafHash(new byte[] {7});

        Checkpoint checkpoint = Checkpoint.sign(12, root, "2026-11-23T10:00:00Z", key.getPrivate(), key.getPublic());

        assertThat(checkpoint.verifies(key.getPublic())).isTrue();
        assertThat(checkpoint.verifies(other.getPublic())).isFalse();
        assertThat(new Checkpoint(13, checkpoint.root(), checkpoint.signedAt(), checkpoint.signature(), checkpoint.keyId()).verifies(key.getPublic())).isFalse();
        assertThat(new Checkpoint(12, checkpoint.root(), "2026-11-23T10:00:01Z", checkpoint.signature(), checkpoint.keyId()).verifies(key.getPublic())).isFalse();
        assertThat(new Checkpoint(12, Checkpoint.sign(12, MerkleTree.leafHash(new byte[] {8}), "x", key.getPrivate(), key.getPublic()).root(),
                checkpoint.signedAt(), checkpoint.signature(), checkpoint.keyId()).verifies(key.getPublic())).as("another root").isFalse();
        byte[] signature = java.util.Base64.getDecoder().decode(checkpoint.signature());
        signature[5] ^= 1;
        assertThat(new Checkpoint(12, checkpoint.root(), checkpoint.signedAt(), java.util.Base64.getEncoder().encodeToString(signature),
                checkpoint.keyId()).verifies(key.getPublic())).as("a flipped bit of the signature").isFalse();
        assertThat(checkpoint.rootBytes()).isEqualTo(root);
    }

    @Test
    void keys_survive_pem() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        assertThat(Checkpoint.publicKey(Checkpoint.publicKeyPem(key.getPublic())).getEncoded()).isEqualTo(key.getPublic().getEncoded());
        assertThat(Checkpoint.privateKey(Checkpoint.privateKeyPem(key.getPrivate())).getEncoded()).isEqualTo(key.getPrivate().getEncoded());
        assertThat(Checkpoint.keyId(key.getPublic())).hasSize(16);
    }
}
