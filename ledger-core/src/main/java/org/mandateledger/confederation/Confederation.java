package org.mandateledger.confederation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.mandateledger.confederation.api.AdmitMember;
import org.mandateledger.confederation.api.ConfederationFormed;
import org.mandateledger.confederation.api.ConfederationRenamed;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.confederation.api.ConstitutionAmended;
import org.mandateledger.confederation.api.GrantMandate;
import org.mandateledger.confederation.api.MandateGranted;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.confederation.api.MandateSuperseded;
import org.mandateledger.confederation.api.MandateWithdrawn;
import org.mandateledger.confederation.api.MemberAdmitted;
import org.mandateledger.confederation.api.MemberLeft;
import org.mandateledger.confederation.api.RecordConfederation;
import org.mandateledger.confederation.api.RemoveMember;
import org.mandateledger.confederation.api.WithdrawMandate;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicSlug;

/**
 * A confederation: its constitution, its members, and the mandates its members grant it. One
 * consistency boundary, because "only a member may grant" and "a new mandate supersedes the
 * grantor's overlapping ones" must each be decided against one consistent set of members and
 * mandates.
 */
public class Confederation {

    static final String GRANTOR_LEFT = "the grantor left the confederation";

    @AggregateIdentifier
    private ConfederationSlug slug;
    private String name;
    private String place;
    private final ConfederationRecord record = new ConfederationRecord();

    protected Confederation() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordOutcome handle(RecordConfederation command) {
        if (slug == null) {
            if (command.name() == null || command.place() == null || command.constitution() == null) {
                throw new DomainRuleViolation("CONFEDERATION_INCOMPLETE", "a new confederation needs a name, a place and a constitution");
            }
            apply(new ConfederationFormed(command.slug(), command.name(), command.place(), command.constitution()));
            return RecordOutcome.REGISTERED;
        }
        String nameAfter = command.name() != null ? command.name() : name;
        String placeAfter = command.place() != null ? command.place() : place;
        boolean renamed = !nameAfter.equals(name) || !placeAfter.equals(place);
        boolean amended = command.constitution() != null && !command.constitution().equals(record.constitution());
        if (renamed) {
            apply(new ConfederationRenamed(slug, nameAfter, placeAfter));
        }
        if (amended) {
            apply(new ConstitutionAmended(slug, command.constitution()));
        }
        return renamed || amended ? RecordOutcome.UPDATED : RecordOutcome.UNCHANGED;
    }

    @CommandHandler
    public RecordOutcome handle(AdmitMember command, ExistingAggregates existing) {
        if (!existing.exists(command.member().aggregateId())) {
            throw DomainRuleViolation.notFound("UNKNOWN_ORGANISATION", "organisation " + command.member().value() + " is not registered");
        }
        if (record.isMember(command.member())) {
            return RecordOutcome.UNCHANGED;
        }
        apply(new MemberAdmitted(slug, command.member()));
        return RecordOutcome.REGISTERED;
    }

    @CommandHandler
    public void handle(RemoveMember command) {
        if (!record.isMember(command.member())) {
            if (record.isFormerMember(command.member())) {
                throw DomainRuleViolation.conflict("MEMBER_ALREADY_LEFT", command.member().value() + " has already left " + slug.value());
            }
            throw DomainRuleViolation.notFound("NOT_A_MEMBER", command.member().value() + " is not a member of " + slug.value());
        }
        LocalDate today = LedgerClock.today();
        List<MandateId> standing = record.mandates().stream()
                .filter(m -> m.grantor().equals(command.member()) && m.activeOn(today))
                .map(Mandate::id)
                .toList();
        apply(new MemberLeft(slug, command.member()));
        // A grant is made as a member: when the grantor leaves, its mandates end with its membership.
        for (MandateId mandate : standing) {
            apply(new MandateWithdrawn(slug, mandate, GRANTOR_LEFT));
        }
    }

    @CommandHandler
    public void handle(GrantMandate command, ExistingAggregates existing) {
        LocalDate today = LedgerClock.today();
        MandateGrantRule.check(command, record.members(), today);
        for (TopicSlug topic : command.topics().topics()) {
            if (!existing.exists(topic.aggregateId())) {
                throw new DomainRuleViolation("UNKNOWN_TOPIC", "topic '" + topic.value() + "' is not defined");
            }
        }
        if (record.hasMandate(command.mandate())) {
            throw DomainRuleViolation.conflict("MANDATE_EXISTS", "mandate " + command.mandate() + " is already recorded");
        }
        LocalDate from = Supersession.effectiveFrom(command.validFrom(), today);
        List<MandateId> superseded = Supersession.supersededBy(command.grantor(), command.topics(), record.mandates(), today, from);
        apply(new MandateGranted(slug, command.mandate(), command.grantor(), command.topics(), command.ceiling(),
                command.validFrom(), command.validUntil(), command.terms(), command.evidence()));
        for (MandateId old : superseded) {
            apply(new MandateSuperseded(slug, old, command.mandate(), from));
        }
    }

    @CommandHandler
    public void handle(WithdrawMandate command) {
        Mandate mandate = record.mandate(command.mandate());
        if (mandate == null) {
            throw DomainRuleViolation.notFound("UNKNOWN_MANDATE", "no mandate " + command.mandate() + " in " + slug.value());
        }
        if (!mandate.activeOn(LedgerClock.today())) {
            throw DomainRuleViolation.conflict("MANDATE_NOT_ACTIVE",
                    "mandate " + command.mandate() + " is " + mandate.statusOn(LedgerClock.today()) + " and cannot be withdrawn");
        }
        apply(new MandateWithdrawn(slug, command.mandate(), command.reason()));
    }

    @EventSourcingHandler
    void on(ConfederationFormed event) {
        slug = event.slug();
        name = event.name();
        place = event.place();
        record.apply(event);
    }

    @EventSourcingHandler
    void on(ConfederationRenamed event) {
        name = event.name();
        place = event.place();
    }

    @EventSourcingHandler
    void on(ConstitutionAmended event) {
        record.apply(event);
    }

    @EventSourcingHandler
    void on(MemberAdmitted event) {
        record.apply(event);
    }

    @EventSourcingHandler
    void on(MemberLeft event) {
        record.apply(event);
    }

    @EventSourcingHandler
    void on(MandateGranted event) {
        record.apply(event);
    }

    @EventSourcingHandler
    void on(MandateSuperseded event) {
        record.apply(event);
    }

    @EventSourcingHandler
    void on(MandateWithdrawn event) {
        record.apply(event);
    }

    /** For tests of rebuilt state: the constitution as the events left it. */
    Constitution constitution() {
        return record.constitution();
    }

    Set<OrganisationCode> members() {
        return Set.copyOf(record.members());
    }

    Map<MandateId, Mandate> mandates() {
        Map<MandateId, Mandate> byId = new LinkedHashMap<>();
        record.mandates().forEach(m -> byId.put(m.id(), m));
        return Map.copyOf(byId);
    }

    String name() {
        return Objects.requireNonNullElse(name, "");
    }
}
