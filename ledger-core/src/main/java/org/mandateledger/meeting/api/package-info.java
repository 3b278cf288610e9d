/** The messages of the meeting feature: sittings of system forums, and the briefs delegates are issued for them. */
package org.mandateledger.meeting.api;
