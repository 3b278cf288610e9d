package org.mandateledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mandateledger.api.pages.HomeSection;
import org.mandateledger.api.pages.PageController;
import org.springframework.web.bind.annotation.RestController;

/** The module rules of house-style.md, checked on the compiled classes of all three modules. */
class ArchitectureTest {

    private static final String[] CORE = {"org.mandateledger.ledger..", "org.mandateledger.authority..",
            "org.mandateledger.organisation..", "org.mandateledger.topic..", "org.mandateledger.forum..",
            "org.mandateledger.person..", "org.mandateledger.meeting..", "org.mandateledger.confederation..",
            "org.mandateledger.issue..", "org.mandateledger.appointment..", "org.mandateledger.brief..", "org.mandateledger.audit.."};
    /** What core publishes: the messages of each feature and the pure rules both sides need. */
    private static final String[] PUBLISHED = {"org.mandateledger..api..", "org.mandateledger.authority..", "org.mandateledger.ledger..",
            "org.mandateledger.projections..", "java..", "jakarta..", "org.springframework..", "org.axonframework..",
            "com.fasterxml.jackson.annotation..",
            // Column types only: enums stored as text (H2's native ENUM read back ordinals after a kill -9; docs/reliability.md).
            "org.hibernate.annotations..", "org.hibernate.type.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mandateledger");
    }

    @Test
    void core_imports_no_spring_web_persistence_or_projection_code() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..",
                        "org.mandateledger.projections..", "org.mandateledger.api..", "tools.jackson..")
                .check(classes);
    }

    @Test
    void projections_see_core_only_through_what_it_publishes() {
        classes().that().resideInAPackage("org.mandateledger.projections..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(PUBLISHED)
                .check(classes);
    }

    @Test
    void the_web_layer_sends_messages_and_never_touches_an_aggregate() {
        noClasses().that().resideInAPackage("org.mandateledger.api..")
                .and().haveSimpleNameNotEndingWith("AxonConfiguration")
                .should().dependOnClassesThat(aggregateOrItsRules())
                .check(classes);
    }

    @Test
    void no_cycles_between_features_of_core() {
        slices().matching("org.mandateledger.(*)..").should().beFreeOfCycles()
                .check(classes.that(JavaClass.Predicates.resideInAnyPackage(CORE)));
    }

    @Test
    void no_cycles_between_features_of_projections() {
        slices().matching("org.mandateledger.projections.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void no_cycles_between_features_of_the_web_layer() {
        slices().matching("org.mandateledger.api.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * ADR 0018: a feature's pages live beside its REST controller (they ask it, so they see what the API
     * lets the user see); only what every page shares lives in {@code api.pages}.
     */
    @Test
    void page_controllers_live_beside_the_rest_controller_of_their_feature() {
        classes().that().areAnnotatedWith(PageController.class).should(liveBesideARestControllerOrInPages()).check(classes);
    }

    /**
     * ADR 0018: a page reads and writes through the REST controllers, never around them: no page class
     * (a page controller, or a part of the home page) asks a projection's queries or repositories, or
     * sends a command. (That the web layer never touches an aggregate is the rule above.)
     */
    @Test
    void pages_read_and_write_only_through_the_api() {
        noClasses().that(pageClasses())
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Queries")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleName("MemberPractices")
                .orShould().dependOnClassesThat().haveSimpleName("CommandSender")
                .orShould().dependOnClassesThat().resideInAPackage("org.axonframework.commandhandling..")
                .check(classes);
    }

    @Test
    void every_event_is_an_immutable_record_with_a_revision() {
        methods().that().areAnnotatedWith(EventSourcingHandler.class).should(takeRevisionedRecords()).check(classes);
    }

    @Test
    void events_and_commands_live_in_an_api_package() {
        classes().that().areAnnotatedWith(Revision.class).should().resideInAPackage("..api..").check(classes);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> pageClasses() {
        return new com.tngtech.archunit.base.DescribedPredicate<>("a page controller or a part of the home page") {
            @Override
            public boolean test(JavaClass c) {
                return c.isAnnotatedWith(PageController.class) || (c.isAssignableTo(HomeSection.class) && !c.isInterface());
            }
        };
    }

    private static ArchCondition<JavaClass> liveBesideARestControllerOrInPages() {
        return new ArchCondition<>("live in api.pages or in a package with a @RestController") {
            @Override
            public void check(JavaClass page, ConditionEvents events) {
                String pkg = page.getPackageName();
                boolean beside = pkg.equals("org.mandateledger.api.pages") || classes.stream()
                        .anyMatch(c -> c.getPackageName().equals(pkg) && c.isAnnotatedWith(RestController.class));
                events.add(new SimpleConditionEvent(page, beside, page.getName() + (beside ? " lives" : " does not live")
                        + " beside a REST controller of its feature (or in api.pages)"));
            }
        };
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> aggregateOrItsRules() {
        return new com.tngtech.archunit.base.DescribedPredicate<>("a core aggregate or its internal rules") {
            @Override
            public boolean test(JavaClass c) {
                String pkg = c.getPackageName();
                for (String core : CORE) {
                    String root = core.substring(0, core.length() - 2);
                    if (pkg.equals(root) && !root.endsWith(".ledger") && !root.endsWith(".authority")) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    private static ArchCondition<JavaMethod> takeRevisionedRecords() {
        return new ArchCondition<>("take an event that is a record annotated with @Revision") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass event = method.getRawParameterTypes().get(0);
                boolean ok = event.isRecord() && event.isAnnotatedWith(Revision.class);
                events.add(new SimpleConditionEvent(method, ok, method.getFullName() + " handles " + event.getName()
                        + (ok ? "" : ", which is not a @Revision record")));
            }
        };
    }
}
