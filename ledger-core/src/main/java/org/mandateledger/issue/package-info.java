/** Issues and positions: raise-issue, record-position, closure, and the rules they keep. */
package org.mandateledger.issue;
