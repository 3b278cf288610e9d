/** System forums. */
package org.mandateledger.projections.forum;
