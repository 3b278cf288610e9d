/** Constraints every request shares: the contract's limits on titles, texts and lists. */
package org.mandateledger.api.request;
