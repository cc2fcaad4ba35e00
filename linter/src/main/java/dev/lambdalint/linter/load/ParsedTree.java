package dev.lambdalint.linter.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A document's tree and where each of its nodes is written.
 *
 * @param text the decoded document, for what the tree does not hold (YAML comments)
 */
public record ParsedTree(JsonNode root, SourceMap sourceMap, String text) {

    public ParsedTree(JsonNode root, SourceMap sourceMap) {
        this(root, sourceMap, "");
    }
}
