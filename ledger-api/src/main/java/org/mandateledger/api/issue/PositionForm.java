package org.mandateledger.api.issue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandateledger.api.pages.PageDisplay;
import org.springframework.util.MultiValueMap;

/**
 * The record-position form as the browser sends it: the statement, the essential and negotiable
 * terms one per line, each member practice's support as {@code support-CODE} = {@code FOR},
 * {@code AGAINST}, {@code ABSTAIN} or nothing, and the day it was agreed (blank for now).
 */
public record PositionForm(String statement, String essentialTerms, String negotiableTerms, Map<String, String> support,
                           String agreedDay, String agreedMonth, String agreedYear) {

    /** The choices of support a practice's row offers; anything else is not recorded for it. */
    public static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");

    private static final String SUPPORT = "support-";

    static PositionForm blank() {
        return new PositionForm(null, null, null, Map.of(), null, null, null);
    }

    /** A new version starts from the current one: its statement, terms and support. */
    static PositionForm from(IssueController.PositionAnswer current) {
        Map<String, String> support = new LinkedHashMap<>();
        if (current.support() != null) {
            current.support().supporting().forEach(code -> support.put(code, "FOR"));
            current.support().against().forEach(code -> support.put(code, "AGAINST"));
            current.support().abstain().forEach(code -> support.put(code, "ABSTAIN"));
        }
        return new PositionForm(current.statement(), lines(current.essentialTerms()), lines(current.negotiableTerms()), support,
                null, null, null);
    }

    static PositionForm read(MultiValueMap<String, String> fields) {
        Map<String, String> support = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(SUPPORT) && !values.isEmpty() && CHOICES.contains(values.get(0))) {
                support.put(name.substring(SUPPORT.length()).toUpperCase(Locale.ROOT), values.get(0));
            }
        });
        return new PositionForm(trimmed(fields.getFirst("statement")), fields.getFirst("essentialTerms"), fields.getFirst("negotiableTerms"),
                support, fields.getFirst("agreedDay"), fields.getFirst("agreedMonth"), fields.getFirst("agreedYear"));
    }

    /** The API's request: blank lines dropped, support by choice, agreed at the start of that day in London. */
    IssueController.PositionRequest request(LocalDate agreed) {
        return new IssueController.PositionRequest(statement, terms(essentialTerms), terms(negotiableTerms),
                new IssueController.SupportRequest(chosen("FOR"), chosen("AGAINST"), chosen("ABSTAIN")),
                agreed == null ? null : agreed.atTime(LocalTime.MIDNIGHT).atZone(PageDisplay.LONDON).toInstant());
    }

    /** What the row of a practice shows as chosen ({@code ""} for not recorded). */
    public String choiceOf(String code) {
        return support.getOrDefault(code, "");
    }

    private List<String> chosen(String choice) {
        return support.entrySet().stream().filter(e -> e.getValue().equals(choice)).map(Map.Entry::getKey).sorted().toList();
    }

    private static List<String> terms(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).forEach(terms::add);
        return terms;
    }

    private static String lines(List<org.mandateledger.issue.api.Term> terms) {
        return terms == null ? "" : String.join("\n", terms.stream().map(org.mandateledger.issue.api.Term::text).toList());
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
