package co.athena.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.Architectures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape of every service, as rules a test runs on its compiled classes (DEVELOPERS.md "Style"):
 * {@code rest} and {@code consumers} (the ways in: HTTP and Kafka) → {@code service} → {@code repository}
 * → {@code domain}; {@code events}, {@code client} and {@code storage} are the ways out, adapters the
 * service uses; {@code config} holds configuration mappings. Imports point one way only: nothing below
 * knows what is above it, so a service speaks domain objects or its own view records and the resource
 * alone knows the wire.
 */
public final class OneWayLayers {

    private OneWayLayers() {
    }

    /** Every rule, on the main classes under {@code rootPackage} (e.g. {@code co.athena.student}). */
    public static void check(String rootPackage) {
        check(rootPackage, new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage));
    }

    static void check(String rootPackage, JavaClasses classes) {
        CompositeArchRule.of(layers(rootPackage)).and(everyClassInALayer(rootPackage))
                .and(wireHelpersOnlyAtTheEdges(rootPackage)).check(classes);
    }

    static ArchRule layers(String root) {
        return Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy(root + ".rest..")
                .optionalLayer("consumers").definedBy(root + ".consumers..")
                .layer("service").definedBy(root + ".service..")
                .optionalLayer("adapters").definedBy(root + ".events..", root + ".client..", root + ".storage..")
                .optionalLayer("repository").definedBy(root + ".repository..")
                .layer("domain").definedBy(root + ".domain..")
                .optionalLayer("config").definedBy(root + ".config..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("consumers").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "consumers")
                .whereLayer("adapters").mayOnlyBeAccessedByLayers("service")
                .whereLayer("repository").mayOnlyBeAccessedByLayers("service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("rest", "consumers", "service", "adapters", "repository")
                .because("imports point one way: rest/consumers → service → repository → domain, adapters used by the service");
    }

    static ArchRule everyClassInALayer(String root) {
        return classes().should().resideInAnyPackage(root + ".rest..", root + ".consumers..", root + ".service..",
                        root + ".events..", root + ".client..", root + ".storage..", root + ".repository..",
                        root + ".domain..", root + ".config..")
                .because("a class outside the layers escapes their rules");
    }

    /** ETags and sibling-service failures are HTTP: resources and clients speak it, nothing else. */
    static ArchRule wireHelpersOnlyAtTheEdges(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".rest..", root + ".client..")
                .should().dependOnClassesThat().resideInAPackage("co.athena.shared.rest..")
                .because("only resources and clients speak HTTP");
    }
}
