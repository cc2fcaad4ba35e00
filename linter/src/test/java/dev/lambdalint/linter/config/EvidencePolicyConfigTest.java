package dev.lambdalint.linter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdalint.rules.policy.EvidencePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidencePolicyConfigTest {
    @TempDir
    Path dir;

    @Test
    void readsTheEvidenceThresholdsKeepingTheDefaultsOfThoseLeftOut() throws Exception {
        Path file = Files.writeString(dir.resolve(".lambdalint.yaml"),
                "policy:\n  evidence: {minimumInvocations: 5, memoryHeadroomPercent: 95}\n");
        EvidencePolicy p = ConfigLoader.load(file).policy().evidence();
        assertThat(p.minimumInvocations()).isEqualTo(5);
        assertThat(p.memoryHeadroomPercent()).isEqualTo(95);
        assertThat(p.nearTimeoutPercent()).isEqualTo(EvidencePolicy.DEFAULT.nearTimeoutPercent());
    }

    @Test
    void refusesAShareAboveAHundredPercent() throws IOException {
        Path file = Files.writeString(dir.resolve(".lambdalint.yaml"), "policy:\n  evidence: {oversizedPercent: 250}\n");
        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("oversizedPercent");
    }
}
