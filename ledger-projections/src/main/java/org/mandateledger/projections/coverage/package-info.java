/** Coverage of a topic and the confederation's authority on it, as at any instant. */
package org.mandateledger.projections.coverage;
