package dev.lambdalint.linter.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.model.LoadProblem;
import java.util.List;

/**
 * A document's tree and where each of its nodes is written.
 *
 * @param text the decoded document, for what the tree does not hold (YAML comments)
 * @param problems what the reader found wrong but read past (a key written twice)
 */
public record ParsedTree(JsonNode root, SourceMap sourceMap, String text, List<LoadProblem> problems) {}
