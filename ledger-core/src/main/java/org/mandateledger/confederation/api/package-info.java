/** The messages of the confederation feature: constitution, members and the mandates practices grant. */
package org.mandateledger.confederation.api;
