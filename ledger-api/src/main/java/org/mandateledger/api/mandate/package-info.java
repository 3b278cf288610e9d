/** Mandates over HTTP: grant, withdraw, list. */
package org.mandateledger.api.mandate;
