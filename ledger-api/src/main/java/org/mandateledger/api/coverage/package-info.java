/** Coverage and authority over HTTP. */
package org.mandateledger.api.coverage;
