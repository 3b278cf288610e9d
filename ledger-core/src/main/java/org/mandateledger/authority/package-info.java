/**
 * Authority and the dual-majority rule: the pure rules that both the aggregates and the
 * projections apply, so that there is one definition of who may speak with what authority.
 */
package org.mandateledger.authority;
