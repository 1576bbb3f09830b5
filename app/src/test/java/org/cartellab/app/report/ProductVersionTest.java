package org.cartellab.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductVersionTest {
    @Test
    void theBuildFillsInTheProjectVersion() {
        // Fails when resource filtering is lost: the value would be "development" or a raw ${project.version}.
        assertThat(ProductVersion.number()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(ProductVersion.label()).isEqualTo("cartel-lab " + ProductVersion.number());
    }
}
