package org.mandateledger.api.speaking;

import java.time.Instant;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.projections.coverage.CoverageQueries;
import org.mandateledger.projections.speaking.SpeakingRightsQueries;
import org.mandateledger.projections.speaking.SpeakingRightsView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SpeakingRightsController {

    private final SpeakingRightsQueries speakingRights;

    SpeakingRightsController(SpeakingRightsQueries speakingRights) {
        this.speakingRights = speakingRights;
    }

    /** Who can speak for general practice on a topic (and forum), now or as at {@code at}, and with what authority. */
    @GetMapping("/api/v1/speaking-rights")
    public SpeakingRightsView speakingRights(@RequestParam String confederation, @RequestParam String topic,
                                      @RequestParam(required = false) String forum, @RequestParam(required = false) Instant at) {
        if (forum != null) {
            Requests.parse("forum", () -> new ForumSlug(forum));
        }
        SpeakingRightsQueries.Answer answer = speakingRights.speakingRights(confederation, topic, forum,
                at == null ? Instant.now() : Requests.instant("at", at));
        return answer.rights().orElseThrow(() -> answer.unknown() == CoverageQueries.Unknown.CONFEDERATION
                ? new NotFoundException("UNKNOWN_CONFEDERATION", "no confederation '" + confederation + "'")
                : new NotFoundException("UNKNOWN_TOPIC", "no topic '" + topic + "'"));
    }
}
