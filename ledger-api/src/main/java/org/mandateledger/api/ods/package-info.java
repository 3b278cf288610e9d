/**
 * Streaming readers that turn NHS ODS and NHS Digital publication files (epraccur, ePCN core
 * partners, registered-patient list sizes) into validated Java records.
 */
package org.mandateledger.api.ods;
