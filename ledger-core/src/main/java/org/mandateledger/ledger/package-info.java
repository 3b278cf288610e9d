/** What every feature of the ledger shares: key shapes, the clock, and how rules refuse. */
package org.mandateledger.ledger;
