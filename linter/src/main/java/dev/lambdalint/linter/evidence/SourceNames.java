package dev.lambdalint.linter.evidence;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** The name a file's records go under when the export does not name their log group. */
final class SourceNames {
    private static final String LAMBDA_GROUP = "/aws/lambda/";
    private static final Pattern TASK_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(gz|log|txt|json|jsonl|ndjson|csv|out)$");

    private SourceNames() {}

    /**
     * The file's name without its extensions ({@code orders-api.log.gz}: {@code orders-api}). A CloudWatch
     * Logs export to S3 names its objects {@code PREFIX/TASK-ID/STREAM/000000.gz}, the stream's own
     * slashes making folders ({@code 2026/11/20/[$LATEST]0a1b...}): there the prefix names the function.
     */
    static String of(Path file) {
        String name = stem(file.getFileName().toString());
        if (!name.chars().allMatch(Character::isDigit)) {
            return name;
        }
        for (Path dir = file.getParent(); dir != null && dir.getFileName() != null; dir = dir.getParent()) {
            String part = dir.getFileName().toString();
            if (part.contains("[") || part.chars().allMatch(Character::isDigit) || TASK_ID.matcher(part).matches()) {
                continue;
            }
            return part;
        }
        return name;
    }

    private static String stem(String name) {
        String stem = name;
        for (String cut = EXTENSION.matcher(stem).replaceFirst(""); !cut.equals(stem) && !cut.isEmpty();
                cut = EXTENSION.matcher(stem).replaceFirst("")) {
            stem = cut;
        }
        return stem;
    }

    /** A log group as the exports write it ({@code 123456789012:/aws/lambda/orders}) in its plain form. */
    static String logGroup(String raw) {
        int at = raw.indexOf(LAMBDA_GROUP);
        if (at > 0) {
            return raw.substring(at);
        }
        int colon = raw.indexOf(':');
        return colon > 0 && raw.substring(0, colon).chars().allMatch(Character::isDigit) ? raw.substring(colon + 1) : raw;
    }
}
