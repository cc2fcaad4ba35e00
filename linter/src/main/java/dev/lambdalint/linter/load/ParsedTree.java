package dev.lambdalint.linter.load;

import com.fasterxml.jackson.databind.JsonNode;

/** A document's tree and where each of its nodes is written. */
public record ParsedTree(JsonNode root, SourceMap sourceMap) {}
