package dev.lambdalint.linter.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code --evidence} argument: a file or folder, {@code -} for standard input, or
 * {@code FUNCTION=FILE} to tie a file to a function (logical id, construct path or function name) when
 * its export names no log group, or names another one.
 */
public record EvidenceInput(Optional<String> function, String path) {

    public static final String STDIN = "-";

    public static EvidenceInput parse(String arg) {
        int eq = arg.indexOf('=');
        // A file whose name holds '=' stays a file; FUNCTION never holds a path separator before the '='
        // except in a CDK construct path, which has no file of that name.
        if (eq > 0 && eq < arg.length() - 1 && !Files.exists(Path.of(arg))) {
            return new EvidenceInput(Optional.of(arg.substring(0, eq)), arg.substring(eq + 1));
        }
        return new EvidenceInput(Optional.empty(), arg);
    }

    public boolean isStdin() {
        return STDIN.equals(path);
    }
}
