package org.mandateledger.person.api;

/** The NHS conflict-of-interest categories. */
public enum InterestCategory {
    FINANCIAL, PROFESSIONAL, PERSONAL, INDIRECT
}
