/** Open data: who speaks for whom, in Popolo JSON, as system partners may see it. */
package org.mandateledger.api.popolo;
