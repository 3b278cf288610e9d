package org.mandateledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(MerkleTree.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    @Test
    void the_empty_tree_is_the_hash_of_nothing_and_small_trees_split_at_the_largest_power_of_two() {
        List<byte[]> l = leaves(5);
        assertThat(HexFormat.of().formatHex(MerkleTree.root(l, 0))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(MerkleTree.root(l, 1)).isEqualTo(l.get(0));
        assertThat(MerkleTree.root(l, 3)).isEqualTo(MerkleTree.nodeHash(MerkleTree.nodeHash(l.get(0), l.get(1)), l.get(2)));
        assertThat(MerkleTree.root(l, 5)).isEqualTo(MerkleTree.nodeHash(
                MerkleTree.nodeHash(MerkleTree.nodeHash(l.get(0), l.get(1)), MerkleTree.nodeHash(l.get(2), l.get(3))), l.get(4)));
    }

    @Test
    void the_growing_tree_gives_the_root_of_every_size_as_computed_from_all_the_leaves() {
        List<byte[]> l = leaves(300);
        MerkleTree.Growing tree = new MerkleTree.Growing();
        assertThat(tree.root()).isEqualTo(MerkleTree.root(l, 0));
        for (int size = 1; size <= 300; size++) {
            tree.growTo(l, size);
            assertThat(tree.size()).isEqualTo(size);
            assertThat(tree.root()).as("root of %d", size).isEqualTo(MerkleTree.root(l, size));
        }
        MerkleTree.Growing skipping = new MerkleTree.Growing();
        for (int size : new int[] {7, 7, 64, 65, 129, 300}) {
            skipping.growTo(l, size);
            assertThat(skipping.root()).as("root of %d, grown in steps", size).isEqualTo(MerkleTree.root(l, size));
        }
    }

    @Test
    void a_leaf_and_a_node_of_the_same_bytes_hash_differently() {
        byte[] a = MerkleTree.leafHash(new byte[] {1});
        byte[] b = MerkleTree.leafHash(new byte[] {2});
        byte[] concatenated = new byte[64];
        System.arraycopy(a, 0, concatenated, 0, 32);
        System.arraycopy(b, 0, concatenated, 32, 32);
        assertThat(MerkleTree.leafHash(concatenated)).isNotEqualTo(MerkleTree.nodeHash(a, b));
    }

    @Test
    void every_audit_path_of_every_tree_up_to_40_leaves_verifies_and_proves_nothing_else() {
        List<byte[]> l = leaves(40);
        for (int size = 1; size <= 40; size++) {
            byte[] root = MerkleTree.root(l, size);
            for (int index = 0; index < size; index++) {
                List<byte[]> path = MerkleTree.inclusionProof(l, index, size);
                assertThat(MerkleTree.verifyInclusion(l.get(index), index, size, path, root)).as("leaf %d of %d", index, size).isTrue();
                int other = (index + 1) % size;
                if (other != index) {
                    assertThat(MerkleTree.verifyInclusion(l.get(other), index, size, path, root)).as("another leaf at %d of %d", index, size).isFalse();
                }
                if (!path.isEmpty()) {
                    List<byte[]> altered = new ArrayList<>(path);
                    byte[] first = altered.get(0).clone();
                    first[0] ^= 1;
                    altered.set(0, first);
                    assertThat(MerkleTree.verifyInclusion(l.get(index), index, size, altered, root)).as("altered path, %d of %d", index, size).isFalse();
                }
            }
        }
    }

    @Test
    void every_consistency_proof_between_trees_up_to_40_leaves_verifies_and_a_fork_does_not() {
        List<byte[]> l = leaves(40);
        List<byte[]> forked = new ArrayList<>(l);
        forked.set(2, MerkleTree.leafHash("edited".getBytes(StandardCharsets.UTF_8)));
        for (int second = 1; second <= 40; second++) {
            for (int first = 1; first <= second; first++) {
                List<byte[]> proof = MerkleTree.consistencyProof(l, first, second);
                byte[] firstRoot = MerkleTree.root(l, first);
                byte[] secondRoot = MerkleTree.root(l, second);
                assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, proof)).as("%d to %d", first, second).isTrue();
                if (first > 2) {
                    byte[] forkedRoot = MerkleTree.root(forked, first);
                    assertThat(MerkleTree.verifyConsistency(first, second, forkedRoot, secondRoot, proof))
                            .as("a forked %d to %d", first, second).isFalse();
                    List<byte[]> forkedProof = MerkleTree.consistencyProof(forked, first, second);
                    assertThat(MerkleTree.verifyConsistency(first, second, firstRoot, MerkleTree.root(forked, second), forkedProof))
                            .as("%d to a forked %d", first, second).isFalse();
                }
            }
        }
    }
}
