package org.mandateledger.api.popolo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandateledger.api.confederation.ConfederationController;
import org.mandateledger.projections.forum.ForumQueries;
import org.mandateledger.projections.forum.ForumView;
import org.mandateledger.projections.organisation.OrganisationQueries;
import org.mandateledger.projections.person.PersonQueries;
import org.mandateledger.projections.person.PersonView;
import org.mandateledger.projections.speaking.AppointmentView;
import org.mandateledger.projections.speaking.SpeakingRightsQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data for civic tools (issue 15): who speaks for whom in a confederation, now, in Popolo JSON
 * (popoloproject.com; its records are named Popolo* so the contract's schemas stay apart from the API's own). The confederation and its member organisations (with their ODS codes) are
 * organizations, each member a membership of the confederation; each delegate's standing appointment
 * is a post of the confederation, the delegate a person with a membership of each forum the
 * appointment names, held on behalf of the confederation, and of the organisation they work for.
 * Always as system partners see it, whoever asks: a person's name and role, never their login or
 * interests, and nothing of briefs, terms or mandates' conditions.
 */
@RestController
class PopoloController {

    /** A Popolo document: https://www.popoloproject.com/specs/ */
    record Popolo(List<PopoloOrganization> organizations, List<PopoloPerson> persons, List<PopoloPost> posts,
                  List<PopoloMembership> memberships) {
    }

    record PopoloIdentifier(String scheme, String identifier) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PopoloOrganization(String id, String name, String classification, List<PopoloIdentifier> identifiers) {
    }

    record PopoloPerson(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PopoloPost(String id, String label, String role, @JsonProperty("organization_id") String organizationId,
                @JsonProperty("start_date") LocalDate startDate, @JsonProperty("end_date") LocalDate endDate) {
    }

    /** A member that is not a person: an organisation, by its Popolo id. */
    record PopoloMember(@JsonProperty("@type") String type, String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PopoloMembership(String id, String role, @JsonProperty("person_id") String personId, PopoloMember member,
                      @JsonProperty("organization_id") String organizationId, @JsonProperty("post_id") String postId,
                      @JsonProperty("on_behalf_of_id") String onBehalfOfId, @JsonProperty("start_date") LocalDate startDate,
                      @JsonProperty("end_date") LocalDate endDate) {
    }

    private final ConfederationController confederations;
    private final SpeakingRightsQueries appointments;
    private final PersonQueries people;
    private final ForumQueries forums;
    private final OrganisationQueries organisations;

    PopoloController(ConfederationController confederations, SpeakingRightsQueries appointments, PersonQueries people, ForumQueries forums,
                     OrganisationQueries organisations) {
        this.confederations = confederations;
        this.appointments = appointments;
        this.people = people;
        this.forums = forums;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/confederations/{slug}/popolo")
    Popolo popolo(@PathVariable String slug) {
        ConfederationController.ConfederationAnswer confederation = confederations.get(slug); // 404 UNKNOWN_CONFEDERATION
        String self = "confederation:" + slug;
        Map<String, PopoloOrganization> organizations = new LinkedHashMap<>();
        Map<String, PopoloPerson> persons = new LinkedHashMap<>();
        List<PopoloPost> posts = new ArrayList<>();
        List<PopoloMembership> memberships = new ArrayList<>();
        organizations.put(self, new PopoloOrganization(self, confederation.name(), "confederation",
                List.of(new PopoloIdentifier("mandate-ledger", slug))));
        for (ConfederationController.Member member : confederation.members()) {
            String id = ods(member.code());
            // A member not (yet) in the organisations' read model is named by its code alone, never a 5xx.
            String kind = member.kind() == null ? null : member.kind().name().toLowerCase(Locale.ROOT);
            organizations.put(id, new PopoloOrganization(id, member.name(), kind, List.of(new PopoloIdentifier("ODS", member.code()))));
            memberships.add(new PopoloMembership("membership:" + slug + ":" + member.code(), "member", null,
                    new PopoloMember("Organization", id), self,
                    null, null, null, null));
        }
        List<ForumView> recordedForums = forums.all();
        for (AppointmentView appointment : appointments.standing(slug, Instant.now())) {
            PersonView person = people.find(appointment.person()).map(PersonView::withoutPrivateDetail).orElse(null);
            if (person == null) {
                continue;
            }
            String personId = "person:" + person.id();
            String postId = "appointment:" + appointment.id();
            boolean first = persons.putIfAbsent(personId, new PopoloPerson(personId, person.name())) == null;
            posts.add(new PopoloPost(postId, "Delegate of " + confederation.name(), "delegate", self, appointment.from(), appointment.until()));
            for (ForumView forum : recordedForums) {
                if (appointment.forums().contains("*") || appointment.forums().contains(forum.slug())) {
                    String forumId = "forum:" + forum.slug();
                    organizations.putIfAbsent(forumId, new PopoloOrganization(forumId, forum.name(),
                            "forum (" + forum.level().name().toLowerCase(Locale.ROOT) + ")", List.of(new PopoloIdentifier("mandate-ledger", forum.slug()))));
                    memberships.add(new PopoloMembership(postId + ":" + forumId, "delegate", personId, null, forumId, postId, self,
                            appointment.from(), appointment.until()));
                }
            }
            if (first && person.organisation() != null) {
                String employer = ods(person.organisation());
                organizations.computeIfAbsent(employer, id -> organisations.find(person.organisation())
                        .map(o -> new PopoloOrganization(id, o.name(), o.kind().name().toLowerCase(Locale.ROOT),
                                List.of(new PopoloIdentifier("ODS", o.code()))))
                        .orElse(new PopoloOrganization(id, null, null, List.of(new PopoloIdentifier("ODS", person.organisation())))));
                memberships.add(new PopoloMembership(personId + ":" + employer, person.role(), personId, null, employer, null, null, null, null));
            }
        }
        return new Popolo(List.copyOf(organizations.values()), List.copyOf(persons.values()), posts, memberships);
    }

    private static String ods(String code) {
        return "ods:" + code;
    }
}
