/** Keyset paging shared by every list answer. */
package org.mandateledger.projections.paging;
