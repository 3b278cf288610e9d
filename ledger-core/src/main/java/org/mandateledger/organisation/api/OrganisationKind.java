package org.mandateledger.organisation.api;

/** The kinds of body that can grant or hold a voice, and the system partners they face. */
public enum OrganisationKind {
    PRACTICE, PCN, FEDERATION, LMC, CONFEDERATION, ICB, TRUST, LOCAL_AUTHORITY, OTHER
}
