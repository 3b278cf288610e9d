package org.mandateledger.person.api;

/**
 * Why a person's data was erased, as UK GDPR article 17(1) puts the grounds. A ground, not free
 * text, so that the record of an erasure holds no personal data itself.
 */
public enum ErasureGround {
    /** The person withdrew consent, or objected, and asked for erasure. */
    PERSON_ASKED,
    /** No longer needed for the purpose it was recorded for. */
    NO_LONGER_NEEDED,
    /** It should not have been recorded. */
    UNLAWFULLY_HELD,
    /** A legal obligation requires it. */
    LEGAL_OBLIGATION
}
