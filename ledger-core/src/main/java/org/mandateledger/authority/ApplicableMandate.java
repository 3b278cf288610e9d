package org.mandateledger.authority;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;

/**
 * For one grantor and one topic, the mandate that applies is the most specific one covering it:
 * one naming the topic itself, else its nearest ancestor, else one for every topic. Should two be
 * in force at the same specificity (a renewal whose supersession has not yet taken effect cannot
 * be, but a defensive rule is cheaper than a wrong answer), the latest granted wins.
 */
public final class ApplicableMandate {

    /** What the rule needs to know of a grantor's mandate in force. */
    public interface Candidate {
        TopicScope scope();

        AuthorityLevel ceiling();
    }

    private ApplicableMandate() {
    }

    /**
     * @param inForce the grantor's mandates in force at the instant judged, in the order granted
     * @param lineage the topic first, then its parent, up to its root
     */
    public static <M extends Candidate> Optional<M> select(Collection<M> inForce, List<TopicSlug> lineage) {
        for (TopicSlug topic : lineage) {
            Optional<M> naming = inForce.stream().filter(m -> m.scope().names(topic)).reduce((earlier, later) -> later);
            if (naming.isPresent()) {
                return naming;
            }
        }
        return inForce.stream().filter(m -> m.scope().everyTopic()).reduce((earlier, later) -> later);
    }
}
