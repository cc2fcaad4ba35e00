package dev.lambdalint.rules.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One CloudFormation template as the loader read it: SAM Globals are already merged into each
 * function, short-form tags are in their long form. Identity matters (findings refer to it), so this
 * is a class with identity equality, not a record. What the tree cannot hold (comments, the size of
 * code on disk) the loader adds beside it.
 */
public final class Template {
    private final String name;
    private final JsonNode root;
    private final List<Suppression> inlineSuppressions;
    private final Map<String, CodeSize> codeSizes;
    /** {@code aws://account/region}, or null when the input does not say where it deploys. */
    private final String environment;
    private final List<LoadProblem> loadProblems;

    /** @param name how a person would name this template (its path, or stack name) */
    public Template(String name, JsonNode root) {
        this(name, root, List.of(), Map.of());
    }

    /** @param inlineSuppressions the suppressions written as YAML comments, which the tree does not hold */
    public Template(String name, JsonNode root, List<Suppression> inlineSuppressions) {
        this(name, root, inlineSuppressions, Map.of());
    }

    public Template(String name, JsonNode root, Map<String, CodeSize> codeSizes) {
        this(name, root, List.of(), codeSizes);
    }

    /**
     * @param codeSizes unzipped code size of functions and layers (by logical id) whose code the loader
     *     found on disk; rules read sizes from here, never from files
     */
    public Template(String name, JsonNode root, List<Suppression> inlineSuppressions, Map<String, CodeSize> codeSizes) {
        this(name, root, inlineSuppressions, codeSizes, null, List.of());
    }

    private Template(String name, JsonNode root, List<Suppression> inlineSuppressions, Map<String, CodeSize> codeSizes,
                     String environment, List<LoadProblem> loadProblems) {
        this.name = Objects.requireNonNull(name);
        this.root = Objects.requireNonNull(root);
        this.inlineSuppressions = List.copyOf(inlineSuppressions);
        this.codeSizes = Map.copyOf(codeSizes);
        this.environment = environment;
        this.loadProblems = List.copyOf(loadProblems);
    }

    /** The same document with the code sizes the loader measured; a new identity. */
    public Template withCodeSizes(Map<String, CodeSize> sizes) {
        return new Template(name, root, inlineSuppressions, sizes, environment, loadProblems);
    }

    /** The same document with what the loader found wrong but read past (LL001 reports it); a new identity. */
    public Template withLoadProblems(List<LoadProblem> problems) {
        return new Template(name, root, inlineSuppressions, codeSizes, environment, problems);
    }

    /** What the loader found wrong with the document but read past: duplicate keys, malformed loops. */
    public List<LoadProblem> loadProblems() {
        return loadProblems;
    }

    /**
     * The same document, known to deploy to one account and region ({@code aws://111111111111/eu-west-1},
     * as a CDK stack with an explicit {@code env} says); a new identity.
     */
    public Template withEnvironment(String accountAndRegion) {
        return new Template(name, root, inlineSuppressions, codeSizes, Objects.requireNonNull(accountAndRegion), loadProblems);
    }

    /**
     * The account and region the template deploys to, when the input says so; empty for a plain
     * template and an environment-agnostic CDK stack, which may be deployed into any account.
     */
    public Optional<String> environment() {
        return Optional.ofNullable(environment);
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

    public Map<String, CodeSize> codeSizes() {
        return codeSizes;
    }

    /** The unzipped size of this function's or layer's code, when the loader measured it. */
    public Optional<CodeSize> codeSize(String logicalId) {
        return Optional.ofNullable(codeSizes.get(logicalId));
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
