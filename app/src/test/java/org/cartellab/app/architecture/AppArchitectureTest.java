package org.cartellab.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's package rules, as its package-info files state them: no cycles between cli, report, store and web; the
 * CLI is the top (nothing depends on it); rendering and storage know neither picocli nor Javalin; the web knows no
 * picocli.
 */
class AppArchitectureTest {
    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cartellab.app");
    }

    @Test
    void appPackagesFormNoCycle() {
        slices().matching("org.cartellab.app.(*)..").should().beFreeOfCycles().check(app);
    }

    @Test
    void nothingDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("org.cartellab.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.cartellab.app.cli..")
                .because("the CLI orchestrates; report, store and web are used by it, not the reverse").check(app);
    }

    @Test
    void reportAndStoreKnowNoFramework() {
        noClasses().that().resideInAnyPackage("org.cartellab.app.report..", "org.cartellab.app.store..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "io.javalin..", "org.cartellab.app.web..")
                .check(app);
    }

    @Test
    void webKnowsNoCliFramework() {
        noClasses().that().resideInAPackage("org.cartellab.app.web..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.cartellab.app.store..").check(app);
    }

    @Test
    void everyAppPackageHasAPackageInfo() {
        Set<String> packages = new TreeSet<>();
        app.forEach(c -> packages.add(c.getPackageName()));
        assertThat(packages).contains("org.cartellab.app.cli", "org.cartellab.app.web");
        for (String p : packages) {
            assertThat(app.getPackage(p).tryGetPackageInfo()).as("package-info.java in " + p).isPresent();
        }
    }
}
