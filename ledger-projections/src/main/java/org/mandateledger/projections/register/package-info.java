/** The issue register: issues, the versions of their positions, support figures and adoption. */
package org.mandateledger.projections.register;
