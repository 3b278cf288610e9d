/** Organisations over HTTP, and the ODS import. */
package org.mandateledger.api.organisation;
