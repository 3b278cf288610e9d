/** Briefs over HTTP: brief-delegate, the brief a delegate reads, and acknowledgement. */
package org.mandateledger.api.brief;
