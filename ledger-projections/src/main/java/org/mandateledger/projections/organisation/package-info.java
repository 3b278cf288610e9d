/** Organisations as they stand, and their list sizes as recorded over time. */
package org.mandateledger.projections.organisation;
