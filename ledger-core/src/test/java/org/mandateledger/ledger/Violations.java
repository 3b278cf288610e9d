package org.mandateledger.ledger;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Test support: a refusal is recognised by its stable code, not by the wording of its message. */
public final class Violations {

    private Violations() {
    }

    /** Matches a {@link DomainRuleViolation} whose {@link DomainRuleViolation#code()} is {@code code}. */
    public static Matcher<DomainRuleViolation> violation(String code) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation, Description mismatch) {
                if (!code.equals(violation.code())) {
                    mismatch.appendText("was refused with ").appendValue(violation.code())
                            .appendText(": ").appendText(violation.getMessage());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainRuleViolation with code ").appendValue(code);
            }
        };
    }

    /** Matches a refusal whose code is the first of {@code codes} and which lists exactly {@code codes}, in that order. */
    public static Matcher<DomainRuleViolation> refusedWith(String... codes) {
        java.util.List<String> expected = java.util.List.of(codes);
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation, Description mismatch) {
                if (!expected.get(0).equals(violation.code()) || !expected.equals(violation.codes())) {
                    mismatch.appendText("was refused with ").appendValue(violation.code()).appendText(" listing ")
                            .appendValue(violation.codes()).appendText(": ").appendText(violation.getMessage());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DomainRuleViolation with code ").appendValue(expected.get(0)).appendText(" listing ").appendValue(expected);
            }
        };
    }
}
