package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndExplainTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryRuleWithSeverityAndEnablement() {
        Cli.Run run = Cli.run(dir, "rules");
        assertThat(run.exitCode()).isEqualTo(0);
        for (Rule rule : Catalog.RULES) {
            assertThat(run.out()).contains(rule.id() + "  " + rule.info().name());
        }
        assertThat(run.out()).containsPattern("LL404 +function-outside-vpc +warning +no ");
        assertThat(run.out()).containsPattern("LL301 +reserved-concurrency-missing +warning +yes ");
    }

    @Test
    void explainsByIdAndByName() {
        Cli.Run byId = Cli.run(dir, "explain", "LL301");
        Cli.Run byName = Cli.run(dir, "explain", "reserved-concurrency-missing");
        assertThat(byId.exitCode()).isEqualTo(0);
        assertThat(byId.out()).isEqualTo(byName.out());
        assertThat(byId.out()).startsWith("LL301 reserved-concurrency-missing (warning)")
                .contains("Why\n").contains("Fix\n").contains("Example\n").contains("ReservedConcurrentExecutions: 50")
                .contains("Lambda Web Functions\n").contains("MaxConcurrencyPerEnvironment");
        assertThat(Cli.run(dir, "explain", "LL601").out()).contains("Lambda Web Functions\n  Judged:")
                .contains("WebFunctionRevision");
    }

    @Test
    void rejectsAnUnknownRule() {
        Cli.Run run = Cli.run(dir, "explain", "LL999");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown rule 'LL999'");
    }

    @Test
    void asksForACommandWithoutOne() {
        Cli.Run run = Cli.run(dir);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command");
    }
}
