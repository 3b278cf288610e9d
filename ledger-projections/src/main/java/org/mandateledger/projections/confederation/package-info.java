/** Confederations, their constitutions over time and their spells of membership. */
package org.mandateledger.projections.confederation;
