/** problem+json (RFC 9457): every error the API answers, with a stable code. */
package org.mandateledger.api.problem;
