/** The messages of the appointment feature: who is a delegate of the confederation, where, on what, up to what. */
package org.mandateledger.appointment.api;
