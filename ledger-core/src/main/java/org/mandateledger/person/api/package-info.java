/** The messages of the person feature: people who may be appointed, and their declared interests. */
package org.mandateledger.person.api;
