package org.mandateledger.api.brief;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mandateledger.meeting.api.Outcome;
import org.mandateledger.projections.brief.BriefView;

/**
 * The feedback form as the browser sends it: an outcome per item of the brief, the terms conceded,
 * commitments one per line; matters spoken on without a brief; actions with an owner and a due day
 * (the NHS.UK date input). Blank rows of matters and actions are left out. {@link #request} makes the
 * API's {@code FeedbackRequest} of it, or says what is missing, field by field, as a person would be told.
 */
public class FeedbackForm {

    /** Blank rows the form offers for matters and actions (no JavaScript needed to add one). */
    static final int MATTER_ROWS = 2;
    static final int ACTION_ROWS = 3;

    private List<Item> items = new ArrayList<>();
    private List<Matter> unbriefed = new ArrayList<>();
    private List<Action> actions = new ArrayList<>();

    /** A blank form for {@code brief}: a row for each item, and the blank rows of matters and actions. */
    static FeedbackForm blank(BriefView brief) {
        FeedbackForm form = new FeedbackForm();
        for (int i = 0; i < brief.items().size(); i++) {
            form.items.add(new Item());
        }
        form.fill(brief);
        return form;
    }

    /** Tops the items, matters and actions up to their rows again, for the form shown back with its errors. */
    void fill(BriefView brief) {
        while (items.size() < brief.items().size()) {
            items.add(new Item());
        }
        while (unbriefed.size() < MATTER_ROWS) {
            unbriefed.add(new Matter());
        }
        while (actions.size() < ACTION_ROWS) {
            actions.add(new Action());
        }
    }

    /** What the person left out or wrote that can be no date or outcome, by field id; empty if nothing. */
    Map<String, String> missing(BriefView brief) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < brief.items().size(); i++) {
            Item item = i < items.size() ? items.get(i) : new Item();
            if (blank(item.outcome)) {
                errors.put("items-" + i + "-outcome", "Select what came of " + brief.items().get(i).title());
            } else if (Arrays.stream(Outcome.values()).noneMatch(o -> o.name().equals(item.outcome))) {
                errors.put("items-" + i + "-outcome", "Select one of the outcomes given for " + brief.items().get(i).title());
            }
        }
        for (int j = 0; j < unbriefed.size(); j++) {
            Matter matter = unbriefed.get(j);
            if (!matter.isBlank() && blank(matter.topic)) {
                errors.put("unbriefed-" + j + "-topic", "Select the topic of the matter you spoke on");
            }
        }
        for (int k = 0; k < actions.size(); k++) {
            Action action = actions.get(k);
            if (action.isBlank()) {
                continue;
            }
            if (blank(action.description)) {
                errors.put("actions-" + k + "-description", "Enter what the action is");
            }
            if (blank(action.owner)) {
                errors.put("actions-" + k + "-owner", "Select who owns the action");
            }
            if (action.due() == null) {
                errors.put("actions-" + k + "-due", "Enter a real due date, for example 15 1 2027");
            }
        }
        return errors;
    }

    /** The API's request; call once {@link #missing} is empty. */
    BriefController.FeedbackRequest request(BriefView brief) {
        List<BriefController.OutcomeRequest> outcomes = new ArrayList<>();
        for (int i = 0; i < brief.items().size(); i++) {
            Item item = items.get(i);
            outcomes.add(new BriefController.OutcomeRequest(brief.items().get(i).issue(), Outcome.valueOf(item.outcome), text(item.summary),
                    List.copyOf(item.conceded), lines(item.commitments)));
        }
        List<BriefController.UnbriefedRequest> matters = unbriefed.stream().filter(m -> !m.isBlank())
                .map(m -> new BriefController.UnbriefedRequest(m.topic, text(m.summary))).toList();
        List<BriefController.ActionRequest> picked = actions.stream().filter(a -> !a.isBlank())
                .map(a -> new BriefController.ActionRequest(a.description.strip(), a.owner, a.due())).toList();
        return new BriefController.FeedbackRequest(outcomes, matters, picked);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items;
    }

    public List<Matter> getUnbriefed() {
        return unbriefed;
    }

    public void setUnbriefed(List<Matter> unbriefed) {
        this.unbriefed = unbriefed;
    }

    public List<Action> getActions() {
        return actions;
    }

    public void setActions(List<Action> actions) {
        this.actions = actions;
    }

    /** One item of the brief, in the brief's order: what came of it. */
    public static class Item {
        private String outcome;
        private String summary;
        private List<String> conceded = new ArrayList<>();
        private String commitments;

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public List<String> getConceded() {
            return conceded;
        }

        public void setConceded(List<String> conceded) {
            this.conceded = conceded == null ? new ArrayList<>() : conceded;
        }

        public String getCommitments() {
            return commitments;
        }

        public void setCommitments(String commitments) {
            this.commitments = commitments;
        }
    }

    /** A matter spoken on without a brief. */
    public static class Matter {
        private String topic;
        private String summary;

        boolean isBlank() {
            return FeedbackForm.blank(topic) && FeedbackForm.blank(summary);
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }
    }

    /** An action picked up at the meeting. */
    public static class Action {
        private String description;
        private String owner;
        private String dueDay;
        private String dueMonth;
        private String dueYear;

        boolean isBlank() {
            return FeedbackForm.blank(description) && FeedbackForm.blank(owner) && FeedbackForm.blank(dueDay) && FeedbackForm.blank(dueMonth)
                    && FeedbackForm.blank(dueYear);
        }

        LocalDate due() {
            try {
                return LocalDate.of(Integer.parseInt(dueYear.strip()), Integer.parseInt(dueMonth.strip()), Integer.parseInt(dueDay.strip()));
            } catch (NullPointerException | NumberFormatException | DateTimeException notADate) {
                return null;
            }
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public String getDueDay() {
            return dueDay;
        }

        public void setDueDay(String dueDay) {
            this.dueDay = dueDay;
        }

        public String getDueMonth() {
            return dueMonth;
        }

        public void setDueMonth(String dueMonth) {
            this.dueMonth = dueMonth;
        }

        public String getDueYear() {
            return dueYear;
        }

        public void setDueYear(String dueYear) {
            this.dueYear = dueYear;
        }
    }
}
