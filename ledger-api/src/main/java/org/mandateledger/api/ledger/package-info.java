/** How the web layer writes to the ledger and reads its own writes: command sending, positions, Axon wiring. */
package org.mandateledger.api.ledger;
