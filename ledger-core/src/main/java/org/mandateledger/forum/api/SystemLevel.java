package org.mandateledger.forum.api;

/** The level of the system at which a forum sits or an issue arises. */
public enum SystemLevel {
    NEIGHBOURHOOD, PLACE, SYSTEM, REGION, NATIONAL
}
