/** People who may be appointed, and their declared interests. */
package org.mandateledger.projections.person;
