/** Appointments and speaking rights: who can speak for general practice, on what, with what authority, as at any instant. */
package org.mandateledger.projections.speaking;
