/** Mandates, with the days they are valid on and the interval in which they stood. */
package org.mandateledger.projections.mandate;
