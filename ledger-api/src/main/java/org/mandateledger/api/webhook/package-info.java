/** Webhooks for ICB tooling, in the Standard Webhooks form: for now the signature both sides compute (issue 15). */
package org.mandateledger.api.webhook;
