/** People and their declared interests over HTTP. */
package org.mandateledger.api.person;
