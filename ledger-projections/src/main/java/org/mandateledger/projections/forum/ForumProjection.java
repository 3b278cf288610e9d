package org.mandateledger.projections.forum;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.mandateledger.forum.api.ForumChanged;
import org.mandateledger.forum.api.ForumDefined;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** System forums as they stand. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class ForumProjection {

    private final ForumRepository forums;

    ForumProjection(ForumRepository forums) {
        this.forums = forums;
    }

    @EventHandler
    void on(ForumDefined event) {
        record(event.slug(), event.name(), event.level(), event.convenor());
    }

    @EventHandler
    void on(ForumChanged event) {
        record(event.slug(), event.name(), event.level(), event.convenor());
    }

    private void record(ForumSlug slug, String name, SystemLevel level, OrganisationCode convenor) {
        ForumEntry forum = forums.findById(slug.value()).orElseGet(() -> new ForumEntry(slug.value()));
        forum.name = name;
        forum.level = level;
        forum.convenor = convenor == null ? null : convenor.value();
        forums.save(forum);
    }

    @ResetHandler
    void reset() {
        forums.deleteAllInBatch();
    }
}
