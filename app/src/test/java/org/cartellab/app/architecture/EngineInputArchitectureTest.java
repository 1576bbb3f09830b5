package org.cartellab.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cartellab.model.ParameterChange;
import org.cartellab.model.ParameterChanges;
import org.cartellab.network.ChangedParameters;
import org.cartellab.network.NetworkEvent;
import org.cartellab.network.NetworkRun;
import org.cartellab.network.NetworkSimulator;
import org.cartellab.network.ParameterPath;
import org.cartellab.policy.CompiledPolicy;
import org.cartellab.policy.CooperationIndex;
import org.cartellab.policy.LeadershipRemoval;
import org.cartellab.policy.PolicyCompiler;
import org.cartellab.policy.SiblingRivalryReset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One way from a lever to the engine: no class under app/ builds engine input (a run, a parameter path or change, a
 * cooperation index or shock, a structural event) or calls the lever compiler or the engine's run itself. Adapters hand
 * lever settings or scenario files to core (the simulation package, the comparison, the scenario runners).
 */
class EngineInputArchitectureTest {
    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cartellab.app");
    }

    @Test
    void noAppClassTouchesEngineInput() {
        noClasses().that().resideInAPackage("org.cartellab.app..")
                .should().dependOnClassesThat().belongToAnyOf(NetworkRun.class, ParameterPath.class, ChangedParameters.class,
                        ParameterChange.class, ParameterChanges.class, CooperationIndex.class, CooperationIndex.Shock.class,
                        NetworkEvent.class, LeadershipRemoval.class, SiblingRivalryReset.class, PolicyCompiler.class, CompiledPolicy.class)
                .because("every lever becomes engine input through core's PolicyCompiler alone (issue 9)")
                .check(app);
    }

    @Test
    void noAppClassRunsTheNetworkEngineItself() {
        noClasses().that().resideInAPackage("org.cartellab.app..")
                .should().callMethod(NetworkSimulator.class, "run", NetworkRun.class)
                .because("runs go through core's scenario runners, the comparison and the simulation package")
                .check(app);
    }
}
