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

    /** Refuses a file of {@code bytes} bytes when it is larger than {@link #maxFileBytes}, before it is read. */
    public void checkSize(long bytes) throws LoadException {
        if (bytes > maxFileBytes) {
            throw new LoadException(String.format(
                    "file is %d bytes, more than the %d bytes lambdalint reads (CloudFormation takes 1 MB); raise input.maxFileBytes in .lambdalint.yaml if it is really a template",
                    bytes, maxFileBytes));
        }
    }
}
