package dev.lambdalint.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.rules.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The cloud assembly of the example CDK app (synthesized by the cdk-constructs module, committed so
 * that this test needs no Node.js) raises what {@code fixtures/cdk/example-app.findings} lists: every
 * listed rule that is in the catalogue, on the listed functions, and nothing else.
 */
class ExampleCdkAppTest {
    private static final Path ASSEMBLY = Fixtures.ROOT.resolve("cdk/example-app");
    private static final Path EXPECTATIONS = Fixtures.ROOT.resolve("cdk/example-app.findings");

    @Test
    void findingsAreTheListedOnes() throws IOException {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXPECTATIONS, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                String[] words = text.split("\\s+");
                allowed.put(words[0], new TreeSet<>(List.of(words).subList(1, words.length)));
            }
        }
        Set<String> required = new TreeSet<>();
        allowed.forEach((fn, rules) -> rules.stream().filter(r -> Catalog.find(r).isPresent()).forEach(r -> required.add(r + " " + fn)));

        LintResult result = Fixtures.lint(Fixtures.ROOT, List.of(ASSEMBLY.toString()));
        Set<String> found = new TreeSet<>();
        Set<String> unexpected = new TreeSet<>();
        for (ReportedFinding f : result.active()) {
            String fn = f.constructPath().orElse(f.resource());
            found.add(f.ruleId() + " " + fn);
            if (!allowed.getOrDefault(fn, Set.of()).contains(f.ruleId())) {
                unexpected.add(f.ruleId() + " " + fn);
            }
        }

        assertThat(result.errors()).isEmpty();
        assertThat(result.summary().templates()).isEqualTo(6);
        assertThat(result.summary().cdkInternalSkipped()).as("the VPCs' default-security-group handlers").isEqualTo(2);
        assertThat(found).containsAll(required);
        assertThat(unexpected).isEmpty();
    }
}
