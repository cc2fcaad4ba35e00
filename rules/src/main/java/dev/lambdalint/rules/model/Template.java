package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One CloudFormation template as the loader read it: SAM Globals are already merged into each
 * function, short-form tags are in their long form. Identity matters (findings refer to it), so this
 * is a class with identity equality, not a record.
 */
public final class Template {
    private final String name;
    private final JsonNode root;
    private final List<Suppression> inlineSuppressions;

    /** @param name how a person would name this template (its path, or stack name) */
    public Template(String name, JsonNode root) {
        this(name, root, List.of());
    }

    /** @param inlineSuppressions the suppressions written as YAML comments, which the tree does not hold */
    public Template(String name, JsonNode root, List<Suppression> inlineSuppressions) {
        this.name = Objects.requireNonNull(name);
        this.root = Objects.requireNonNull(root);
        this.inlineSuppressions = List.copyOf(inlineSuppressions);
    }

    public String name() {
        return name;
    }

    public JsonNode root() {
        return root;
    }

    public List<Suppression> inlineSuppressions() {
        return inlineSuppressions;
    }

    /** True when the template declares the SAM transform (alone or in a list). */
    public boolean declaresSamTransform() {
        JsonNode transform = root.path("Transform");
        if (transform.isTextual()) {
            return transform.asText().startsWith("AWS::Serverless");
        }
        for (JsonNode t : transform) {
            if (t.isTextual() && t.asText().startsWith("AWS::Serverless")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name;
    }
}
