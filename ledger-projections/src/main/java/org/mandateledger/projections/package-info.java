/** Read models built from the event log, each replayable, and the queries they answer. */
package org.mandateledger.projections;
