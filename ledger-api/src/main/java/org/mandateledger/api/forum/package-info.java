/** System forums over HTTP. */
package org.mandateledger.api.forum;
