/** Issues and positions over HTTP: raise-issue, record-position, closure, the register. */
package org.mandateledger.api.issue;
