/**
 * The verifiable ledger (ADR 0015): every stored event sealed as a leaf of an RFC 6962 Merkle log
 * in the order the sealer saw it, checkpoints of the tree signed with an Ed25519 key kept outside
 * the database, verification from the stored events, and the export the offline verifier reads.
 */
package org.mandateledger.api.seal;
