package dev.lambdalint.linter.report;

import dev.lambdalint.linter.load.InputLoader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names files the way CI systems expect: relative to the root of the git repository (where GitHub
 * and GitLab resolve annotation and report paths), or to the working directory outside a repository,
 * with forward slashes. Text and JSON output keep naming files relative to the working directory,
 * as the user typed them.
 */
public final class RepositoryPaths {
    private final Path workingDirectory;
    private final Path root;

    public RepositoryPaths(Path workingDirectory, Path root) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.root = root.toAbsolutePath().normalize();
    }

    /** The nearest folder holding {@code .git} (a folder, or a file in worktrees), else the working directory. */
    public static RepositoryPaths discover(Path workingDirectory) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return new RepositoryPaths(cwd, dir);
            }
        }
        return new RepositoryPaths(cwd, cwd);
    }

    public Path root() {
        return root;
    }

    /**
     * {@code file} as shown by the engine (relative to the working directory), relative to the root
     * instead; absolute when it lies outside the root. Standard input keeps its name.
     */
    public String relative(String file) {
        Path absolute = absolute(file);
        if (absolute == null) {
            return file;
        }
        if (!absolute.startsWith(root)) {
            return absolute.toString().replace('\\', '/');
        }
        String relative = root.relativize(absolute).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /**
     * A URI reference for {@code file}: relative to the root (percent-encoded where a path needs it),
     * or an absolute {@code file:} URI when the file lies outside the root.
     */
    public String uri(String file) {
        Path absolute = absolute(file);
        if (absolute != null && !absolute.startsWith(root)) {
            return absolute.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, relative(file), null).toASCIIString();
        } catch (URISyntaxException e) {
            // Only a path with a colon in its first segment can end up here; "./" keeps it relative.
            return "./" + relative(file).replace(":", "%3A");
        }
    }

    /** True when {@code file} is named relative to the root (not absolute, not standard input). */
    public boolean insideRoot(String file) {
        Path absolute = absolute(file);
        return absolute != null && absolute.startsWith(root);
    }

    private Path absolute(String file) {
        if (file.equals(InputLoader.STDIN_NAME)) {
            return null;
        }
        try {
            return workingDirectory.resolve(file).normalize();
        } catch (RuntimeException invalidPath) {
            return null;
        }
    }
}
