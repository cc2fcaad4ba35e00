package dev.lambdalint.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.Fixtures.Hit;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.linter.engine.LintResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder of {@code fixtures/rules/<id>-<name>/} is linted as one run, and the (file, rule, line)
 * of what is found must equal what the fixtures expect, for the folder's rule and every rule the folder
 * mentions in an expectation: nothing missing, nothing extra. The same findings with their columns and
 * messages must equal the folder's {@code findings.snapshot}, so that a changed message fails too;
 * {@code -Dlambdalint.updateSnapshots=true} writes the snapshots anew instead, for review as a diff.
 */
class RuleFixturesTest {
    private static final Path RULES = Fixtures.ROOT.resolve("rules");
    static final String SNAPSHOT = "findings.snapshot";
    static final String UPDATE_COMMAND = "./mvnw -B -ntp -o -q -pl linter -am test -Dtest=RuleFixturesTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dlambdalint.updateSnapshots=true";

    static Stream<Path> folders() throws IOException {
        return Files.list(RULES).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void findsExactlyWhatTheFixturesExpect(Path folder) throws IOException {
        String ruleId = folder.getFileName().toString().substring(0, 5);
        Set<Hit> expected = Fixtures.expectations(folder);
        Set<String> scope = new TreeSet<>();
        scope.add(ruleId);
        expected.forEach(h -> scope.add(h.rule()));

        LintResult result = Fixtures.lint(folder, List.of(folder.toString()));
        Set<Hit> actual = Fixtures.hits(result).stream()
                .filter(h -> scope.contains(h.rule()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(actual).as("findings of %s in %s", scope, folder).containsExactlyElementsOf(expected);
        assertThat(expected).as("%s must have at least one bad case", folder)
                .anyMatch(h -> h.rule().equals(ruleId));
        assertMatchesSnapshot(folder, Fixtures.snapshot(result, folder, scope));
    }

    private static void assertMatchesSnapshot(Path folder, String findings) throws IOException {
        Path snapshot = folder.resolve(SNAPSHOT);
        if (Boolean.getBoolean("lambdalint.updateSnapshots")) {
            Files.writeString(snapshot, findings, StandardCharsets.UTF_8);
            return;
        }
        assertThat(snapshot).as("%s is missing: create it with%n  %s%nthen review and commit it", snapshot, UPDATE_COMMAND)
                .isRegularFile();
        assertThat(findings).as("findings of %s differ from %s; if the change is intended, update it with%n  %s%n"
                + "and review the diff", folder, snapshot, UPDATE_COMMAND)
                .isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
    }

    @Test
    void everyRuleHasAFolderWithBadAndGoodCases() throws IOException {
        List<String> folders;
        try (Stream<Path> s = Files.list(RULES)) {
            folders = s.map(p -> p.getFileName().toString()).toList();
        }
        for (Rule rule : Catalog.RULES) {
            String name = rule.id() + "-" + rule.info().name();
            assertThat(folders).as("fixtures/rules/%s", name).contains(name);
            try (Stream<Path> files = Files.list(RULES.resolve(name))) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("fixtures/rules/%s needs a good case that comes close", name)
                        .anyMatch(f -> f.startsWith("good"));
            }
        }
    }
}
