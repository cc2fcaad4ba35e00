package dev.lambdalint.linter.load;

import java.nio.file.Path;

/**
 * How a file is named in output, with forward slashes: relative to the working directory when it lies
 * inside it (what CI annotations and editors resolve), absolute when it does not. A walk out of the
 * working directory ({@code ../../../tmp/x.yaml}) would change with wherever the command ran from.
 */
public final class DisplayPaths {
    private final Path workingDirectory;

    public DisplayPaths(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
