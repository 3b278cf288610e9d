/** The confederation: its constitution, members and mandates, and the rules that keep them. */
package org.mandateledger.confederation;
