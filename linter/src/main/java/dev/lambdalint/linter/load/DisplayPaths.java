package dev.lambdalint.linter.load;

import java.nio.file.Path;

/** How a file is named in output: relative to the working directory (as the user typed it), with forward slashes. */
public final class DisplayPaths {
    private final Path workingDirectory;

    public DisplayPaths(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown;
        try {
            shown = workingDirectory.relativize(absolute);
        } catch (IllegalArgumentException differentRoot) {
            shown = absolute;
        }
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
