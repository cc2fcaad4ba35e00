package dev.lambdalint.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.engine.LintResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled examples of the README's quick start: the clean one passes every rule of the catalogue
 * (the one place where all rules must stay silent together), the others show findings.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Fixtures.ROOT.resolve("examples");

    @Test
    void theCleanExampleHasNoFindingsFromAnyRule() {
        LintResult result = Fixtures.lint(EXAMPLES, List.of(EXAMPLES.resolve("clean-app").toString()));
        assertThat(result.errors()).isEmpty();
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary().functions()).isPositive();
    }

    @Test
    void theOtherExamplesShowFindingsAndNoInputErrors() {
        for (String example : List.of("sam-app", "cfn-app")) {
            LintResult result = Fixtures.lint(EXAMPLES, List.of(EXAMPLES.resolve(example).toString()));
            assertThat(result.errors()).as(example).isEmpty();
            assertThat(result.findings()).as(example).isNotEmpty();
        }
    }
}
