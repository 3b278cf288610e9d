/** The demo ({@code ledger.demo=true}): a Cheshire ledger of made-up decisions on real practices, recorded through the API at first start. */
package org.mandateledger.api.demo;
