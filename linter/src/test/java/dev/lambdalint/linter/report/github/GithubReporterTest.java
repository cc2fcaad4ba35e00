package dev.lambdalint.linter.report.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubReporterTest {
    @Test
    void escapesPercentAndLineBreaksInMessages() {
        assertThat(GithubReporter.data("100% sure\r\nsecond: line, here")).isEqualTo("100%25 sure%0D%0Asecond: line, here");
    }

    @Test
    void escapesColonsAndCommasInProperties() {
        assertThat(GithubReporter.property("stacks/a,b:c%.yaml\n")).isEqualTo("stacks/a%2Cb%3Ac%25.yaml%0A");
    }
}
