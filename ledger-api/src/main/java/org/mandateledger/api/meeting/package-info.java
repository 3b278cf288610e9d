/** Meetings over HTTP. */
package org.mandateledger.api.meeting;
