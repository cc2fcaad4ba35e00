package dev.lambdalint.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.docs.RuleDocs;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checked-in {@code docs/rules/} must be what the metadata and fixtures produce. To regenerate:
 * {@code ./mvnw -q test -pl linter -am -Dtest=RuleDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dlambdalint.writeDocs=true}
 */
class RuleDocsTest {
    private static final Path DOCS = Path.of("docs/rules");
    private static final Pattern NOT_FLAGGED = Pattern.compile("## Not flagged\\n\\n```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void checkedInRuleDocsAreUpToDate() throws IOException {
        Map<String, String> pages = new RuleDocs(Fixtures.ROOT).pages();
        if (Boolean.getBoolean("lambdalint.writeDocs")) {
            Files.createDirectories(DOCS);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Files.writeString(DOCS.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = DOCS.resolve(page.getKey());
            assertThat(file).as("docs/rules/%s is missing; regenerate the docs (see RuleDocsTest)", page.getKey()).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("docs/rules/%s is stale; regenerate the docs (see RuleDocsTest)", page.getKey())
                    .isEqualTo(page.getValue());
        }
        try (var files = Files.list(DOCS)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("docs/rules holds pages of rules that no longer exist")
                    .allMatch(pages::containsKey);
        }
    }

    /**
     * Every page's "Not flagged" example is a complete template that its rule passes, linted as a reader
     * would lint it (with the fixture folder's config, where the rule may be switched on): not a fragment
     * that only passes beside the fixture's Globals and companion resources.
     */
    @Test
    void notFlaggedExamplesAreTemplatesTheirRulePasses(@TempDir Path temp) throws IOException {
        List<String> failures = new ArrayList<>();
        for (Rule rule : Catalog.RULES) {
            String page = new RuleDocs(Fixtures.ROOT).pages().get(rule.id() + ".md");
            Matcher example = NOT_FLAGGED.matcher(page);
            if (!example.find()) {
                continue;
            }
            Path file = temp.resolve(rule.id() + ".yaml");
            Files.writeString(file, example.group(1), StandardCharsets.UTF_8);
            Path folder = Fixtures.ROOT.resolve("rules").resolve(rule.id() + "-" + rule.info().name());
            LintResult result = Fixtures.lint(folder, List.of(file.toString()));
            result.errors().forEach(e -> failures.add(rule.id() + ": not a valid template: " + e.message()));
            result.findings().stream().filter(f -> f.ruleId().equals(rule.id()))
                    .forEach(f -> failures.add(rule.id() + ": flagged at line " + f.line() + ": " + f.message()));
        }
        assertThat(failures).as("the Not flagged examples of docs/rules").isEmpty();
    }
}
