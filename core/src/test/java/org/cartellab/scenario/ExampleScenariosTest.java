package org.cartellab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cartellab.data.BundledData;
import org.cartellab.model.Intervention;
import org.cartellab.model.WeeklyColumn;
import org.cartellab.model.WeeklyTable;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkResult;
import org.junit.jupiter.api.Test;

/** The example scenarios shipped in scenarios/ at the repository root all parse and run. */
class ExampleScenariosTest {
    static Path scenariosDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scenarios")) && Files.exists(dir.resolve("pom.xml"))) return dir.resolve("scenarios");
        }
        throw new IllegalStateException("no scenarios/ folder above " + Path.of("").toAbsolutePath());
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(scenariosDir())) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyExampleParsesAndRuns() throws IOException {
        List<Path> files = files();
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("baseline-2012-2022.yaml",
                "halve-recruitment-2022.yaml", "double-incapacitation-2022.yaml", "ramp-recruitment-2022.yaml");
        NetworkScenarioRunner runner = new NetworkScenarioRunner(ConflictNetwork.of(BundledData.network()));
        for (Path file : files) {
            Scenario s = ScenarioParser.parse(file);
            if (s.model() == ModelKind.COHORT) {
                WeeklyTable w = CohortScenarioRunner.run(s).weekly();
                assertThat(w.lastWeek()).as(file.toString()).isEqualTo(s.weeks());
                assertThat(w.get(WeeklyColumn.MEMBERS, s.weeks())).as(file.toString()).isPositive();
                continue;
            }
            NetworkResult r = runner.run(s);
            assertThat(r.weekly().lastWeek()).as(file.toString()).isEqualTo(s.weeks());
            assertThat(r.collapsed()).as(file.toString()).isFalse();
            assertThat(r.members(s.weeks())).as(file.toString()).isPositive();
        }
    }

    @Test
    void theHalvingExampleIsTheDesignExample() {
        Scenario s = ScenarioParser.parse(scenariosDir().resolve("halve-recruitment-2022.yaml"));
        assertThat(s.name()).isEqualTo("Halve recruitment from 2022");
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.parameters()).containsEntry("recruitment", 2.527474e-3).containsEntry("initial_members", 115000.0);
        assertThat(s.interventions()).containsExactly(Intervention.multiply(520, Map.of("recruitment", 0.5)));
    }

    @Test
    void theBaselineExampleIsTheEmbeddedDefault() {
        Scenario file = ScenarioParser.parse(scenariosDir().resolve("baseline-2012-2022.yaml"));
        assertThat(file).isEqualTo(Scenario.networkBaseline());
    }
}
