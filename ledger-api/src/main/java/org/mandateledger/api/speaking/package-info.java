/** Speaking rights over HTTP. */
package org.mandateledger.api.speaking;
