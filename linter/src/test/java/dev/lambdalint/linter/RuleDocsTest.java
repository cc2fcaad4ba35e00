package dev.lambdalint.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.docs.RuleDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checked-in {@code docs/rules/} must be what the metadata and fixtures produce. To regenerate:
 * {@code ./mvnw -q test -pl linter -am -Dtest=RuleDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dlambdalint.writeDocs=true}
 */
class RuleDocsTest {
    private static final Path DOCS = Path.of("docs/rules");

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
}
