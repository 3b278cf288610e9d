/** What the chair's audit can find, shared by the aggregates that raise findings and the read model that lists them. */
package org.mandateledger.audit.api;
