/** The messages of the organisation feature: what the ledger knows of practices, PCNs and other bodies. */
package org.mandateledger.organisation.api;
