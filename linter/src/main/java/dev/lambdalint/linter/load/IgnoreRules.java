package dev.lambdalint.linter.load;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The config's {@code ignore} globs, matched against paths relative to the folder the config lives in
 * (or the working directory). {@code **}{@code /x/**} also matches {@code x} at the top.
 */
public final class IgnoreRules {
    public static final IgnoreRules NONE = new IgnoreRules(Path.of("."), List.of());

    private final Path base;
    private final List<PathMatcher> matchers = new ArrayList<>();

    public IgnoreRules(Path base, List<String> globs) {
        this.base = base.toAbsolutePath().normalize();
        for (String glob : globs) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
    }

    public boolean ignores(Path path) {
        if (matchers.isEmpty()) {
            return false;
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            return false;
        }
        Path relative = base.relativize(absolute);
        for (PathMatcher m : matchers) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
