package org.mandateledger.projections.speaking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.projections.coverage.CoverageView;

/** Who can speak for general practice on a topic (and forum) at an instant, and with what authority. */
public record SpeakingRightsView(String confederation, String topic, String forum, Instant at, AuthorityLevel confederationAuthority,
                                 CoverageView coverage, List<Speaker> speakers) {

    public record Person(UUID id, String name, String role, String organisation) {
    }

    public record Brief(UUID id, UUID meeting, AuthorityLevel authority) {
    }

    public record Statement(UUID issue, String title, int version, String statement) {
    }

    /** A delegate: effective authority is the least of the appointment's ceiling and the confederation's authority. */
    public record Speaker(Person person, UUID appointment, AuthorityLevel authority, AuthorityLevel ceiling, List<Brief> briefs,
                          List<Statement> positions) {
    }
}
