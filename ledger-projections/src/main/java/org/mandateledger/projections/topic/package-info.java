/** The topic tree. */
package org.mandateledger.projections.topic;
