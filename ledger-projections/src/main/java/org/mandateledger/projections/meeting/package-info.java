/** Meetings of system forums. */
package org.mandateledger.projections.meeting;
