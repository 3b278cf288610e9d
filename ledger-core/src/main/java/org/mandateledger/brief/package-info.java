/** Briefs: what a delegate may agree and must not at a meeting, and the rules that bound it. */
package org.mandateledger.brief;
