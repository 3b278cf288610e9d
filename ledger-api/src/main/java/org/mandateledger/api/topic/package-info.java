/** Topics over HTTP. */
package org.mandateledger.api.topic;
