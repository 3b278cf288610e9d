/** Confederations, their constitutions and members over HTTP. */
package org.mandateledger.api.confederation;
