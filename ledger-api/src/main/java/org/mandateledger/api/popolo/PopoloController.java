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
 * (popoloproject.com). The confederation and its member organisations (with their ODS codes) are
 * organizations, each member a membership of the confederation; each delegate's standing appointment
 * is a post of the confederation, the delegate a person with a membership of each forum the
 * appointment names, held on behalf of the confederation, and of the organisation they work for.
 * Always as system partners see it, whoever asks: a person's name and role, never their login or
 * interests, and nothing of briefs, terms or mandates' conditions.
 */
@RestController
class PopoloController {

    /** A Popolo document: https://www.popoloproject.com/specs/ */
    record Popolo(List<Organization> organizations, List<Person> persons, List<Post> posts, List<Membership> memberships) {
    }

    record Identifier(String scheme, String identifier) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(String id, String name, String classification, List<Identifier> identifiers) {
    }

    record Person(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Post(String id, String label, String role, @JsonProperty("organization_id") String organizationId,
                @JsonProperty("start_date") LocalDate startDate, @JsonProperty("end_date") LocalDate endDate) {
    }

    /** A member that is not a person: an organisation, by its Popolo id. */
    record Member(@JsonProperty("@type") String type, String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Membership(String id, String role, @JsonProperty("person_id") String personId, Member member,
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
        Map<String, Organization> organizations = new LinkedHashMap<>();
        Map<String, Person> persons = new LinkedHashMap<>();
        List<Post> posts = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        organizations.put(self, new Organization(self, confederation.name(), "confederation",
                List.of(new Identifier("mandate-ledger", slug))));
        for (ConfederationController.Member member : confederation.members()) {
            String id = ods(member.code());
            organizations.put(id, new Organization(id, member.name(), member.kind().name().toLowerCase(Locale.ROOT),
                    List.of(new Identifier("ODS", member.code()))));
            memberships.add(new Membership("membership:" + slug + ":" + member.code(), "member", null, new Member("Organization", id), self,
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
            boolean first = persons.putIfAbsent(personId, new Person(personId, person.name())) == null;
            posts.add(new Post(postId, "Delegate of " + confederation.name(), "delegate", self, appointment.from(), appointment.until()));
            for (ForumView forum : recordedForums) {
                if (appointment.forums().contains("*") || appointment.forums().contains(forum.slug())) {
                    String forumId = "forum:" + forum.slug();
                    organizations.putIfAbsent(forumId, new Organization(forumId, forum.name(),
                            "forum (" + forum.level().name().toLowerCase(Locale.ROOT) + ")", List.of(new Identifier("mandate-ledger", forum.slug()))));
                    memberships.add(new Membership(postId + ":" + forumId, "delegate", personId, null, forumId, postId, self,
                            appointment.from(), appointment.until()));
                }
            }
            if (first && person.organisation() != null) {
                String employer = ods(person.organisation());
                organizations.computeIfAbsent(employer, id -> organisations.find(person.organisation())
                        .map(o -> new Organization(id, o.name(), o.kind().name().toLowerCase(Locale.ROOT),
                                List.of(new Identifier("ODS", o.code()))))
                        .orElse(new Organization(id, null, null, List.of(new Identifier("ODS", person.organisation())))));
                memberships.add(new Membership(personId + ":" + employer, person.role(), personId, null, employer, null, null, null, null));
            }
        }
        return new Popolo(List.copyOf(organizations.values()), List.copyOf(persons.values()), posts, memberships);
    }

    private static String ods(String code) {
        return "ods:" + code;
    }
}
