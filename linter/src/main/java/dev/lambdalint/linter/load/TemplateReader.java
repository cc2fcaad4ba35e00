package dev.lambdalint.linter.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ParsedTree;
import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.parse.TreeReader;
import dev.lambdalint.rules.model.LoadProblem;
import dev.lambdalint.rules.model.Template;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a file's bytes into a {@link LoadedTemplate}: parse, check the top-level shape, expand
 * {@code Fn::ForEach} loops, merge SAM Globals.
 */
public final class TemplateReader {
    private final TreeReader trees;

    public TemplateReader(ReadLimits limits) {
        this.trees = new TreeReader(limits);
    }

    /**
     * @param constructPaths construct paths the cloud assembly's manifest gives; a resource's own
     *     {@code aws:cdk:path} Metadata, the more precise source, takes precedence
     */
    public LoadedTemplate read(byte[] bytes, String file, Optional<String> stack, Map<String, String> constructPaths)
            throws LoadException {
        ParsedTree tree = trees.read(bytes);
        JsonNode root = tree.root();
        if (!root.isObject()) {
            throw new LoadException(String.format(
                    "the top level is %s, but a template is a mapping with a Resources section", describe(root)),
                    Position.START);
        }
        JsonNode resources = root.get("Resources");
        if (resources == null) {
            // A stack with nothing in it: the CDK writes such a template for an empty or placeholder
            // stack (every synth without version reporting has one). It is an empty template, not an error.
            if (!stack.isPresent() && !isCdkSynthesized(root)) {
                throw new LoadException("no Resources section: not a CloudFormation template", Position.START);
            }
            resources = JsonNodeFactory.instance.objectNode();
        }
        if (!resources.isObject()) {
            throw new LoadException(String.format(
                    "Resources is %s, but it must be a mapping of logical ids to resources", describe(resources)),
                    tree.sourceMap().find(root, "/Resources"));
        }
        List<LoadProblem> problems = new ArrayList<>(tree.problems());
        // Only a document that names a loop pays for looking for malformed ones.
        if (tree.text().isEmpty() || tree.text().contains(ForEachLoops.PREFIX)) {
            problems.addAll(ForEachLoops.malformed(root));
        }
        // Loops first: the functions a loop makes inherit Globals like any other.
        ForEachLoops.expand(root, tree.sourceMap());
        SamGlobals.merge(root, tree.sourceMap());
        // After the merge, so that a comment on a Globals line reaches the functions that inherit it.
        Template template = new Template(file, root, InlineSuppressions.find(tree.text(), root, tree.sourceMap()))
                .withLoadProblems(problems);
        return new LoadedTemplate(template, file, tree.sourceMap(), stack, withPathMetadata(constructPaths, resources));
    }

    /**
     * The construct paths, with those the resources name in their {@code aws:cdk:path} Metadata. A
     * template the CDK CLI printed ({@code cdk synth Stack > template.yaml}) carries them without any
     * assembly around it, and they tell the CDK's own functions apart as well as the manifest would.
     */
    private static Map<String, String> withPathMetadata(Map<String, String> constructPaths, JsonNode resources) {
        Map<String, String> paths = new LinkedHashMap<>(constructPaths);
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode path = e.getValue().path("Metadata").path("aws:cdk:path");
            if (path.isTextual()) {
                paths.put(e.getKey(), path.asText());
            }
        }
        return paths.isEmpty() ? Map.of() : Map.copyOf(paths);
    }

    /** The CDK's bootstrap check, which every stack it synthesizes with the default synthesizer carries. */
    private static boolean isCdkSynthesized(JsonNode root) {
        return root.path("Parameters").has("BootstrapVersion") || root.path("Rules").has("CheckBootstrapVersion");
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "empty";
        }
        if (node.isTextual()) {
            return "a string";
        }
        return node.isObject() ? "a mapping" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
