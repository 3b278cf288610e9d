package org.mandateledger.projections.forum;

import org.mandateledger.forum.api.SystemLevel;

public record ForumView(String slug, String name, SystemLevel level, String convenor) {
}
