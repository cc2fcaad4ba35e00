package dev.lambdalint.linter.docs;

import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Generates {@code docs/rules/}: one page per rule from its {@link RuleInfo}, with a bad and a good
 * example cut from the rule's fixtures, and an index. The pages are never edited by hand; a test fails
 * when the checked-in copy differs from what this produces.
 */
public final class RuleDocs {
    private static final Pattern EXPECT = Pattern.compile("\\s*#\\s*expect:.*$");

    private final Path fixtures;

    public RuleDocs(Path fixtures) {
        this.fixtures = fixtures;
    }

    /** Every page by file name (relative to docs/rules), the index included. */
    public Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("README.md", index());
        for (Rule rule : Catalog.RULES) {
            pages.put(rule.id() + ".md", page(rule.info()));
        }
        return pages;
    }

    private String index() {
        StringBuilder sb = new StringBuilder("# lambdalint rules\n\n");
        sb.append("Generated from the rules' metadata and fixtures; do not edit (see `RuleDocsTest`).\n\n");
        sb.append("| id | name | severity | summary |\n|---|---|---|---|\n");
        for (Rule rule : Catalog.RULES) {
            RuleInfo info = rule.info();
            sb.append(String.format("| [%s](%s.md) | %s | %s%s | %s |%n", info.id(), info.id(), info.name(),
                    info.severity().label(), info.enabledByDefault() ? "" : " (off by default)", info.summary()));
        }
        return sb.toString();
    }

    String page(RuleInfo info) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(info.id()).append(' ').append(info.name()).append("\n\n");
        sb.append("Severity: **").append(info.severity().label()).append("**");
        if (!info.enabledByDefault()) {
            sb.append(" (off by default; enable with `rules: {").append(info.id()).append(": {enabled: true}}`)");
        }
        sb.append("\n\n").append(info.summary()).append(".\n\n");
        sb.append("## Why\n\n").append(info.rationale().strip()).append("\n\n");
        sb.append("## Fix\n\n").append(info.fix().strip()).append("\n\n");
        Path folder = fixtures.resolve("rules").resolve(info.id() + "-" + info.name());
        Optional<String> bad = badExample(folder, info.id());
        Optional<String> good = goodExample(folder);
        if (bad.isPresent()) {
            sb.append("## Flagged\n\n```yaml\n").append(bad.get()).append("```\n\n");
        }
        if (good.isPresent()) {
            sb.append("## Not flagged\n\n```yaml\n").append(good.get()).append("```\n\n");
        } else if (!info.example().isBlank()) {
            sb.append("## Example\n\n```yaml\n").append(info.example().strip()).append("\n```\n\n");
        }
        if (!info.id().equals("LL001") && !info.id().equals("LL002")) {
            sb.append("Suppress with a reason in the resource's Metadata:\n\n```yaml\n")
                    .append("Metadata:\n  lambdalint:\n    suppress:\n      - rule: ").append(info.id())
                    .append("\n        reason: <why this function is the exception>\n```\n\n");
        }
        sb.append("Fixtures: [`fixtures/rules/").append(folder.getFileName()).append("/`](../../fixtures/rules/")
                .append(folder.getFileName()).append("/)\n");
        return sb.toString();
    }

    /**
     * The block (a resource, else a parameter or Globals) holding the first line that expects this rule;
     * a resource reads best, so one under Resources is preferred.
     */
    private static Optional<String> badExample(Path folder, String id) {
        for (Path file : List.of(folder.resolve("bad.yaml"), folder.resolve("bad.yml"))) {
            List<String> lines = read(file);
            Integer first = null;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches(".*#\\s*expect:.*\\b" + id + "\\b.*")) {
                    if (topLevelKey(lines, i).equals("Resources:")) {
                        return Optional.of(block(lines, i));
                    }
                    first = first == null ? i : first;
                }
            }
            if (first != null) {
                return Optional.of(block(lines, first));
            }
        }
        return Optional.empty();
    }

    private static String topLevelKey(List<String> lines, int at) {
        int top = at;
        while (top > 0 && indent(lines.get(top)) > 0) {
            top--;
        }
        return lines.get(top).strip();
    }

    /** The first function of the good case: what comes close without crossing the line. */
    private static Optional<String> goodExample(Path folder) {
        for (Path file : List.of(folder.resolve("good.yaml"), folder.resolve("good.yml"))) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s+Type:\\s*AWS::(Serverless|Lambda)::Function\\s*")) {
                    return Optional.of(block(lines, i));
                }
            }
        }
        return Optional.empty();
    }

    /** Lines of the second-level entry around {@code at}, under its top-level key, without expect comments. */
    private static String block(List<String> lines, int at) {
        int start = at;
        while (start > 0 && indent(lines.get(start)) > 2) {
            start--;
        }
        int top = start;
        while (top > 0 && indent(lines.get(top)) > 0) {
            top--;
        }
        int end = at + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > 2)) {
            end++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        StringBuilder sb = new StringBuilder();
        if (top < start) {
            sb.append(lines.get(top)).append('\n');
        }
        for (int i = start; i < end; i++) {
            sb.append(EXPECT.matcher(lines.get(i)).replaceAll("")).append('\n');
        }
        return sb.toString();
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.isBlank() ? Integer.MAX_VALUE : n;
    }

    private static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the pages: {@code RuleDocs <fixtures folder> <docs/rules folder>}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 1 ? args[1] : "docs/rules");
        Files.createDirectories(out);
        for (Map.Entry<String, String> page : new RuleDocs(Path.of(args.length > 0 ? args[0] : "fixtures")).pages().entrySet()) {
            Files.writeString(out.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }
}
