package dev.lambdalint.linter.docs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ParsedTree;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.parse.TreeReader;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.WebFunctionScope;
import dev.lambdalint.rules.model.Pointers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates {@code docs/rules/}: one page per rule from its {@link RuleInfo}, with a bad and a good
 * example cut from the rule's fixtures, and an index. The pages are never edited by hand; a test fails
 * when the checked-in copy differs from what this produces.
 *
 * <p>A build-time tool, in test scope so that the shipped jar does not carry it: {@code RuleDocsTest}
 * compares the pages and, with {@code -Dlambdalint.writeDocs=true}, writes them. {@code lambdalint
 * explain} renders the same metadata on its own, without examples.
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
        sb.append("## Lambda Web Functions\n\n").append(WebFunctionScope.of(info)).append("\n\n");
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

    /**
     * The first function of the good case, as a complete template: the version and transform lines,
     * SAM Globals, and every parameter, condition, mapping and resource the function needs (what it
     * names, and what names it: its event source mappings, versions, aliases, log group), so that the
     * page shows a template the rule passes as it stands (RuleDocsTest lints it).
     */
    private static Optional<String> goodExample(Path folder) {
        for (Path file : List.of(folder.resolve("good.yaml"), folder.resolve("good.yml"))) {
            List<String> lines = read(file);
            if (lines.isEmpty()) {
                continue;
            }
            ParsedTree tree;
            try {
                tree = new TreeReader(ReadLimits.DEFAULT).read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            } catch (LoadException e) {
                throw new IllegalStateException(file + " is not a template: " + e.getMessage(), e);
            }
            Optional<String> function = firstFunction(tree.root().path("Resources"));
            if (function.isPresent()) {
                return Optional.of(new CompleteExample(tree, lines).around(function.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstFunction(JsonNode resources) {
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String type = e.getValue().path("Type").asText("");
            if (type.equals("AWS::Serverless::Function") || type.equals("AWS::Lambda::Function")) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Cuts a complete template around one function out of a fixture, keeping its lines (and comments) as written. */
    private static final class CompleteExample {
        private static final List<String> SECTIONS = List.of("Parameters", "Conditions", "Mappings", "Resources");
        private static final Pattern SUB_NAME = Pattern.compile("\\$\\{([A-Za-z0-9_:]+)[.}]");

        private final ParsedTree tree;
        private final List<String> lines;
        private final JsonNode root;
        /** Section, then the names kept in it. */
        private final Map<String, Set<String>> kept = new LinkedHashMap<>();

        CompleteExample(ParsedTree tree, List<String> lines) {
            this.tree = tree;
            this.lines = lines;
            this.root = tree.root();
            SECTIONS.forEach(section -> kept.put(section, new LinkedHashSet<>()));
        }

        String around(String function) {
            Deque<JsonNode> pending = new ArrayDeque<>();
            keep("Resources", function, pending);
            if (root.has("Globals")) {
                pending.push(root.get("Globals"));
            }
            // What names the function: its mappings, permissions, versions, aliases, log group...
            JsonNode resources = root.path("Resources");
            for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals(function) && !isFunction(e.getValue()) && names(e.getValue()).contains(function)) {
                    keep("Resources", e.getKey(), pending);
                }
            }
            // ...and, transitively, what they all name.
            while (!pending.isEmpty()) {
                for (String name : names(pending.pop())) {
                    for (String section : SECTIONS) {
                        if (root.path(section).has(name)) {
                            keep(section, name, pending);
                        }
                    }
                }
            }
            return text();
        }

        private static boolean isFunction(JsonNode resource) {
            String type = resource.path("Type").asText("");
            return type.equals("AWS::Serverless::Function") || type.equals("AWS::Lambda::Function");
        }

        private void keep(String section, String name, Deque<JsonNode> pending) {
            if (kept.get(section).add(name)) {
                pending.push(root.path(section).get(name));
            }
        }

        /** Every name {@code node} mentions: Ref, GetAtt, Sub variables, conditions, mappings, DependsOn. */
        private static Set<String> names(JsonNode node) {
            Set<String> out = new LinkedHashSet<>();
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(node);
            while (!pending.isEmpty()) {
                JsonNode n = pending.pop();
                if (n.isTextual()) {
                    Matcher m = SUB_NAME.matcher(n.asText());
                    while (m.find()) {
                        out.add(m.group(1));
                    }
                    continue;
                }
                if (n.isObject()) {
                    for (String key : List.of("Ref", "Condition", "DependsOn")) {
                        if (n.path(key).isTextual()) {
                            out.add(n.get(key).asText());
                        }
                    }
                    n.path("DependsOn").forEach(d -> out.add(d.asText()));
                    JsonNode getAtt = n.path("Fn::GetAtt");
                    if (getAtt.isTextual()) {
                        out.add(getAtt.asText().split("\\.", 2)[0]);
                    } else if (getAtt.isArray() && getAtt.size() > 0) {
                        out.add(getAtt.get(0).asText());
                    }
                    for (String key : List.of("Fn::If", "Fn::FindInMap")) {
                        if (n.path(key).isArray() && n.get(key).size() > 0) {
                            out.add(n.get(key).get(0).asText());
                        }
                    }
                }
                n.forEach(pending::push);
            }
            return out;
        }

        private String text() {
            StringBuilder sb = new StringBuilder();
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String section = it.next();
                int start = line(Pointers.child("", section));
                if (section.equals("AWSTemplateFormatVersion") || section.equals("Transform") || section.equals("Globals")) {
                    appendBlock(sb, start, start, 0);
                } else if (kept.containsKey(section) && !kept.get(section).isEmpty()) {
                    separate(sb);
                    sb.append(lines.get(start)).append('\n');
                    boolean first = true;
                    for (Iterator<String> names = root.get(section).fieldNames(); names.hasNext(); ) {
                        String name = names.next();
                        if (kept.get(section).contains(name)) {
                            if (!first && section.equals("Resources")) {
                                sb.append('\n');
                            }
                            first = false;
                            int at = line(Pointers.child(Pointers.child("", section), name));
                            appendBlock(sb, withComments(at), at, indent(lines.get(at)));
                        }
                    }
                }
            }
            return sb.toString();
        }

        /** Sections are separated by one blank line, as in the fixtures; the version and transform lines stay together. */
        private void separate(StringBuilder sb) {
            if (sb.length() > 0 && !sb.toString().endsWith("\n\n")) {
                sb.append('\n');
            }
        }

        /** Lines {@code from} (comments above the entry) to the end of the entry written at line {@code at}. */
        private void appendBlock(StringBuilder sb, int from, int at, int indent) {
            int start = from;
            if (indent == 0 && !lines.get(start).startsWith("AWSTemplateFormatVersion") && !lines.get(start).startsWith("Transform")) {
                separate(sb);
            }
            int end = at + 1;
            while (end < lines.size() && !startsSibling(lines.get(end), indent)) {
                end++;
            }
            while (end > start && lines.get(end - 1).isBlank()) {
                end--;
            }
            for (int i = start; i < end; i++) {
                sb.append(EXPECT.matcher(lines.get(i)).replaceAll("")).append('\n');
            }
        }

        /** A line that ends the block of an entry at {@code indent}: a key or comment at that indent or less. */
        private static boolean startsSibling(String line, int indent) {
            return !line.isBlank() && RuleDocs.indent(line) <= indent;
        }

        /** The first of the comment lines right above line {@code at}, which say why the entry is there. */
        private int withComments(int at) {
            int start = at;
            while (start > 0 && lines.get(start - 1).strip().startsWith("#")
                    && RuleDocs.indent(lines.get(start - 1)) == RuleDocs.indent(lines.get(at))) {
                start--;
            }
            return start;
        }

        /** The 0-based line where the node at {@code pointer} is written. */
        private int line(String pointer) {
            return tree.sourceMap().find(root, pointer).line() - 1;
        }
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
}
