/** Appointments of delegates and the rules they keep. */
package org.mandateledger.appointment;
