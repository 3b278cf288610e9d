/** Operating the ledger: rebuilding the read models by replay. */
package org.mandateledger.api.admin;
