/** The messages of the meeting feature: sittings of system forums. */
package org.mandateledger.meeting.api;
