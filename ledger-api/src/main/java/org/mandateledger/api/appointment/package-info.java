/** Appointments of delegates over HTTP. */
package org.mandateledger.api.appointment;
