package org.mandateledger.projections.meeting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    private final MeetingRepository meetings;

    MeetingQueries(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    public Optional<MeetingView> find(UUID id) {
        return meetings.findById(id).map(MeetingQueries::view);
    }

    /** The meetings of {@code ids} that are recorded, read at once. */
    public Map<UUID, MeetingView> find(Collection<UUID> ids) {
        Map<UUID, MeetingView> found = new HashMap<>();
        if (!ids.isEmpty()) {
            meetings.findAllById(ids).forEach(m -> found.put(m.id, view(m)));
        }
        return found;
    }

    private static MeetingView view(MeetingEntry m) {
        return new MeetingView(m.id, m.forum, m.startsAt, m.title);
    }
}
