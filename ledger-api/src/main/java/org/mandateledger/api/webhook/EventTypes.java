package org.mandateledger.api.webhook;

import java.util.Set;
import java.util.TreeSet;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The names of the ledger's event types, as the event feed writes them in {@code type}: every
 * revisioned event of the domain. A subscription asks for types by these names.
 */
@Component
class EventTypes {

    private final Set<String> names;

    EventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        Set<String> found = new TreeSet<>();
        for (BeanDefinition event : scanner.findCandidateComponents("org.mandateledger")) {
            String className = event.getBeanClassName();
            found.add(className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no event types found under org.mandateledger");
        }
        this.names = Set.copyOf(found);
    }

    boolean known(String name) {
        return names.contains(name);
    }

    Set<String> names() {
        return new TreeSet<>(names);
    }
}
