package dev.lambdalint.cdk.example;

import dev.lambdalint.rules.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The expectations of {@code fixtures/cdk/example-app.findings}: per function (by construct path), the
 * rules that must report it. Rules not yet in the catalogue are expected only once they are.
 */
public record ExpectedFindings(Map<String, Set<String>> rulesByFunction) {
    public static final Path FILE = Path.of("fixtures", "cdk", "example-app.findings");

    /** One finding as the three ways of linting all report it: rule and function. */
    public record Hit(String rule, String function) implements Comparable<Hit> {
        @Override
        public int compareTo(Hit o) {
            int c = function.compareTo(o.function);
            return c != 0 ? c : rule.compareTo(o.rule);
        }

        @Override
        public String toString() {
            return rule + " " + function;
        }
    }

    public static ExpectedFindings read() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] words = text.split("\\s+");
                out.put(words[0], new LinkedHashSet<>(List.of(words).subList(1, words.length)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExpectedFindings(out);
    }

    /** What must be found today: the listed rules that are in the catalogue. */
    public Set<Hit> required() {
        Set<Hit> out = new TreeSet<>();
        rulesByFunction.forEach((fn, rules) -> rules.stream()
                .filter(r -> Catalog.find(r).isPresent())
                .forEach(r -> out.add(new Hit(r, fn))));
        return out;
    }

    /** Found but not allowed: a function or rule the file does not list. */
    public Set<Hit> unexpected(Set<Hit> found) {
        Set<Hit> out = new TreeSet<>();
        for (Hit h : found) {
            Set<String> allowed = rulesByFunction.get(h.function());
            if (allowed == null || !allowed.contains(h.rule())) {
                out.add(h);
            }
        }
        return out;
    }

    public Set<String> functions() {
        return rulesByFunction.keySet();
    }
}
