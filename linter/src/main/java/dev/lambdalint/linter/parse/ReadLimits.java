package dev.lambdalint.linter.parse;

/**
 * Bounds on what one input may cost to read. The defaults cover every real template (CloudFormation
 * itself takes at most 1 MB per template) with a wide margin, and refuse hostile input quickly.
 *
 * @param maxFileBytes largest file read
 * @param maxDepth deepest nesting of mappings and lists
 * @param maxNodes most nodes a document may hold once YAML aliases are expanded (refuses alias bombs)
 */
public record ReadLimits(long maxFileBytes, int maxDepth, long maxNodes) {
    public static final ReadLimits DEFAULT = new ReadLimits(16L * 1024 * 1024, 256, 4_000_000);
}
