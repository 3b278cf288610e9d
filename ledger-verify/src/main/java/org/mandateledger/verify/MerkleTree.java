package org.mandateledger.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 (section 2.1, as kept in RFC 9162): SHA-256, leaves hashed with
 * a 0x00 prefix and interior nodes with 0x01, the left subtree the largest power of two smaller
 * than the whole. Audit paths prove a leaf is in a tree; consistency proofs prove a tree extends an
 * earlier one, leaving it unchanged.
 */
public final class MerkleTree {

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha256 = sha256();
        sha256.update(LEAF);
        sha256.update(leaf);
        return sha256.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update(NODE);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    /** MTH of the first {@code size} leaf hashes; of no leaves, the hash of the empty string. */
    public static byte[] root(List<byte[]> leafHashes, int size) {
        if (size < 0 || size > leafHashes.size()) {
            throw new IllegalArgumentException("a tree of " + size + " leaves from " + leafHashes.size());
        }
        return size == 0 ? sha256().digest() : subtree(leafHashes, 0, size);
    }

    /**
     * The tree grown one leaf at a time, keeping only the roots of its perfect subtrees (at most one per
     * bit of its size), so that the root of every size on the way costs O(log n) and not a pass over
     * all the leaves: checking c checkpoints of an n-leaf ledger is O(n + c log n) with it, O(n c) by
     * {@link #root} each time. Gives the same roots as {@link #root} (MerkleTreeTest).
     */
    public static final class Growing {

        /** The perfect subtrees' roots, largest (leftmost) first: one for each bit set in {@link #size}. */
        private final List<byte[]> perfect = new ArrayList<>();
        private long size;

        public long size() {
            return size;
        }

        /** Adds a leaf as a binary counter adds one: each trailing one bit of the size merges the new subtree with its left neighbour. */
        public void append(byte[] leafHash) {
            byte[] node = leafHash;
            for (long bits = size; (bits & 1) == 1; bits >>= 1) {
                node = nodeHash(perfect.remove(perfect.size() - 1), node);
            }
            perfect.add(node);
            size++;
        }

        /** Appends the leaves from {@link #size()} up to {@code newSize} (exclusive) of {@code leafHashes}. */
        public void growTo(List<byte[]> leafHashes, long newSize) {
            if (newSize < size || newSize > leafHashes.size()) {
                throw new IllegalArgumentException("cannot grow a tree of " + size + " leaves to " + newSize + " from " + leafHashes.size());
            }
            while (size < newSize) {
                append(leafHashes.get((int) size));
            }
        }

        /** MTH of the leaves appended so far: the perfect subtrees' roots folded from the right. */
        public byte[] root() {
            if (perfect.isEmpty()) {
                return sha256().digest();
            }
            byte[] root = perfect.get(perfect.size() - 1);
            for (int i = perfect.size() - 2; i >= 0; i--) {
                root = nodeHash(perfect.get(i), root);
            }
            return root;
        }
    }

    private static byte[] subtree(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = split(n);
        return nodeHash(subtree(leaves, from, from + k), subtree(leaves, from + k, to));
    }

    /** The audit path of leaf {@code index} in the tree of the first {@code size} leaves (RFC 6962 2.1.1). */
    public static List<byte[]> inclusionProof(List<byte[]> leafHashes, int index, int size) {
        if (index < 0 || index >= size || size > leafHashes.size()) {
            throw new IllegalArgumentException("no leaf " + index + " in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(leafHashes, index, 0, size, path);
        return path;
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    /** Whether {@code path} proves the leaf hash at {@code index} in a tree of {@code size} with this root (RFC 9162 2.1.3.2). */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** The proof that the tree of the first {@code second} leaves extends that of the first {@code first} (RFC 6962 2.1.2). */
    public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int first, int second) {
        if (first < 1 || first > second || second > leafHashes.size()) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first < second) {
            subproof(leafHashes, first, 0, second, true, proof);
        }
        return proof;
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean whole, List<byte[]> out) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                out.add(subtree(leaves, from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, whole, out);
            out.add(subtree(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, out);
            out.add(subtree(leaves, from, from + k));
        }
    }

    /** Whether {@code proof} shows the tree ({@code second}, {@code secondRoot}) extends ({@code first}, {@code firstRoot}) (RFC 9162 2.1.4.2). */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    /** The largest power of two smaller than {@code n} (n at least 2). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
