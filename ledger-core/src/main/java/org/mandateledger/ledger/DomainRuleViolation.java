package org.mandateledger.ledger;

import java.util.List;

/**
 * A command the ledger refuses because a rule of the domain forbids it. Each has a stable
 * {@link #code()} that clients may rely on; the web layer maps them to problem+json once.
 */
public class DomainRuleViolation extends RuntimeException {

    /** How the refusal is answered: a rule of the domain, a conflict with the state, or an unknown object. */
    public enum Kind { RULE, CONFLICT, NOT_FOUND }

    private final String code;
    private final Kind kind;
    private final List<String> codes;
    private final List<Breach> breaches;

    /** One rule broken, and where: {@code field} names the part of the command that broke it (e.g. {@code items[0]}). */
    public record Breach(String code, String field, String message) {
    }

    public DomainRuleViolation(String code, String message) {
        this(Kind.RULE, code, message);
    }

    public DomainRuleViolation(Kind kind, String code, String message) {
        this(kind, code, message, List.of(code));
    }

    public DomainRuleViolation(Kind kind, String code, String message, List<String> codes) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.codes = List.copyOf(codes);
        this.breaches = List.of();
    }

    /** Refuses with every breach listed; the code is the first breach's, the codes each code once in the breaches' order. */
    public DomainRuleViolation(Kind kind, String message, List<Breach> breaches) {
        super(message);
        if (breaches.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one breach");
        }
        this.kind = kind;
        this.code = breaches.get(0).code();
        this.codes = breaches.stream().map(Breach::code).distinct().toList();
        this.breaches = List.copyOf(breaches);
    }

    public static DomainRuleViolation conflict(String code, String message) {
        return new DomainRuleViolation(Kind.CONFLICT, code, message);
    }

    public static DomainRuleViolation notFound(String code, String message) {
        return new DomainRuleViolation(Kind.NOT_FOUND, code, message);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** Every rule broken, the winning {@link #code()} first. */
    public List<String> codes() {
        return codes;
    }

    /** Every breach with where it was found; empty when the refusal named codes only. */
    public List<Breach> breaches() {
        return breaches;
    }
}
