/** The OpenAPI document as the REST contract: every operation named, its answers and headers, the schemes it is called with. */
package org.mandateledger.api.openapi;
