/** The chair's audit and the actions picked up at meetings, over HTTP. */
package org.mandateledger.api.audit;
