package org.mandateledger.ledger;

/**
 * Answers whether an aggregate has been recorded, from the event store itself, so a command that
 * names another aggregate (a grantor, a topic) is checked against a consistent source rather than
 * a projection that may lag.
 */
@FunctionalInterface
public interface ExistingAggregates {

    boolean exists(String aggregateIdentifier);
}
