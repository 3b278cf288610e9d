package org.mandateledger.projections.meeting;

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
        return meetings.findById(id).map(m -> new MeetingView(m.id, m.forum, m.startsAt, m.title));
    }
}
