/** The event feed: the ledger in order, for integrations, within the caller's reach and redacted by role. */
package org.mandateledger.api.feed;
