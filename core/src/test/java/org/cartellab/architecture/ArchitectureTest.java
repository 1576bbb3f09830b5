package org.cartellab.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of core, as each package-info.java states them: core knows no adapter and never prints, the
 * packages form no cycle, the engines stand below every policy and analysis package, and each package depends only
 * on the project packages its package-info allows.
 */
class ArchitectureTest {
    private static JavaClasses core;

    /** Each core package and the project packages it may use (besides itself); mirrors the package-info files. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("progress", Set.of()),
            Map.entry("data", Set.of()),
            Map.entry("text", Set.of()),
            Map.entry("network", Set.of("model", "data")),
            Map.entry("cohort", Set.of("model", "data", "progress")),
            Map.entry("evidence", Set.of("data")),
            Map.entry("law", Set.of("data", "text")),
            Map.entry("uncertainty", Set.of("network", "model")),
            Map.entry("scenario", Set.of("network", "cohort", "model", "data", "progress")),
            Map.entry("policy", Set.of("text", "network", "model", "data", "evidence", "law")),
            Map.entry("calibration", Set.of("network", "model", "data", "uncertainty", "progress")),
            Map.entry("comparison", Set.of("text", "policy", "network", "cohort", "scenario", "model", "data", "evidence", "uncertainty", "progress")),
            Map.entry("ensemble", Set.of("text", "scenario", "network", "model", "data", "calibration", "uncertainty", "progress")),
            Map.entry("sensitivity", Set.of("ensemble", "network", "model", "data", "calibration", "uncertainty", "progress")),
            Map.entry("record", Set.of("data", "evidence", "policy", "law")),
            Map.entry("i18n", Set.of("data", "evidence", "policy", "law", "record", "text", "comparison")),
            Map.entry("assessment", Set.of("text", "comparison", "ensemble", "policy", "law", "network", "model", "data", "evidence",
                    "calibration", "uncertainty", "progress")),
            Map.entry("simulation", Set.of("comparison", "ensemble", "policy", "network", "model", "data", "evidence",
                    "calibration", "uncertainty", "progress")),
            Map.entry("validation", Set.of("calibration", "data", "network", "model", "ensemble", "uncertainty", "progress")),
            Map.entry("briefing", Set.of("text", "assessment", "comparison", "policy", "law", "evidence", "uncertainty", "model", "network", "data")));

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cartellab");
    }

    @Test
    void coreImportsNoAdapter() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.cartellab.app..", "org.cartellab.spark..",
                        "org.cartellab.bench..", "picocli..", "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..",
                        "org.duckdb..", "java.sql..", "org.apache.spark..", "org.openjdk.jmh..")
                .because("core is pure: the CLI, web, store, Spark and benchmarks attach from outside")
                .check(core);
    }

    @Test
    void coreNeverPrints() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("views render; core reports through return values and listeners").check(core);
    }

    @Test
    void corePackagesFormNoCycle() {
        slices().matching("org.cartellab.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void enginesDependOnNoPolicyOrAnalysis() {
        noClasses().that().resideInAnyPackage("org.cartellab.network..", "org.cartellab.cohort..", "org.cartellab.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cartellab.policy..", "org.cartellab.comparison..",
                        "org.cartellab.assessment..", "org.cartellab.ensemble..", "org.cartellab.sensitivity..",
                        "org.cartellab.uncertainty..", "org.cartellab.calibration..", "org.cartellab.scenario..")
                .because("the engines are the bottom layer: levers, comparisons and calibration use them, not the reverse")
                .check(core);
    }

    @Test
    void everyPackageKeepsToItsAllowedDependencies() {
        for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
            String[] allowed = e.getValue().stream().map(p -> "org.cartellab." + p + "..").toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAPackage("org.cartellab." + e.getKey() + "..")
                    .should().dependOnClassesThat(resideInAPackage("org.cartellab..")
                            .and(not(resideInAPackage("org.cartellab." + e.getKey() + "..")))
                            .and(not(resideInAnyPackage(allowed))))
                    .because("package-info.java of org.cartellab." + e.getKey() + " allows only " + new TreeSet<>(e.getValue()));
            rule.check(core);
        }
    }

    @Test
    void theRulesCoverEveryPackageAndEveryPackageHasAPackageInfo() {
        Set<String> packages = new TreeSet<>();
        core.forEach(c -> packages.add(c.getPackageName()));
        Set<String> top = new TreeSet<>();
        for (String p : packages) top.add(p.substring("org.cartellab.".length()).split("\\.")[0]);
        assertThat(top).as("a new package needs an entry in ALLOWED and a package-info.java").isEqualTo(new TreeSet<>(ALLOWED.keySet()));
        for (String p : packages) {
            assertThat(core.containPackage(p) && core.getPackage(p).tryGetPackageInfo().isPresent())
                    .as("package-info.java in " + p).isTrue();
        }
    }
}
