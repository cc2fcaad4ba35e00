package dev.lambdalint.linter.git;

import dev.lambdalint.linter.load.InputFinder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The git pre-commit hook that {@code lambdalint install-hook} writes: a POSIX shell script that asks
 * git for the staged files with a template extension and, only when one may be a template, starts
 * {@code lambdalint check --staged}. A commit that touches no template costs one {@code git diff}, not a JVM start; a hook that
 * makes every commit wait gets removed.
 */
public final class PreCommitHook {
    /** Marks a hook as lambdalint's, so that install-hook may replace it without --force. */
    public static final String MARKER = "lambdalint-hook v1";

    private PreCommitHook() {}

    /**
     * The hook, running lambdalint with {@code command} (a shell command line) when a staged file may be a
     * template, a lambdalint config or a baseline. The look before Java is {@code git grep} on the staged
     * content for what every template has at its top level (the folder walk's own test, see
     * {@link InputFinder}), so that a staged package.json or workflow costs no JVM start.
     */
    public static String script(String command) {
        StringBuilder patterns = new StringBuilder();
        for (String extension : InputFinder.TEMPLATE_EXTENSIONS) {
            patterns.append(" '*").append(extension).append('\'');
        }
        return """
                #!/bin/sh
                # Written by `lambdalint install-hook` (%s).
                # Lints the staged version (what will be committed, not the working tree) of the staged
                # CloudFormation, SAM and CDK templates before each commit; every template when a lambdalint
                # config or baseline is staged, since those change the verdict on all of them. Java starts only
                # when a staged file looks like a template or is a config or baseline.
                # Skip it once with `git commit --no-verify`; delete this file to remove it. Set LAMBDALINT
                # to run another command, e.g. LAMBDALINT=./lambdalint git commit.

                files=$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR --%s)
                [ -n "$files" ] || exit 0

                # One file name per line; no glob expansion of the names.
                IFS='
                '
                set -f
                set -- $files
                unset IFS
                case "$files" in
                  *.lambdalint.yaml*|*.lambdalint.yml*) ;;
                  *)
                    git --literal-pathspecs grep --cached -q -E \\
                      -e '^(Resources|AWSTemplateFormatVersion)[[:space:]]*:' \\
                      -e '"AWSTemplateFormatVersion"[[:space:]]*:' -e '"Resources"[[:space:]]*:[[:space:]]*[{]' \\
                      -e '"tool": "lambdalint"' -- "$@" || exit 0
                    ;;
                esac

                lambdalint() {
                  if [ -n "${LAMBDALINT:-}" ]; then
                    $LAMBDALINT "$@"
                  else
                    %s "$@"
                  fi
                }

                lambdalint check --staged
                """.formatted(MARKER, patterns, command);
    }

    /** How the hook runs this very lambdalint (see {@link #commandFor}). */
    public static String currentCommand() {
        List<Path> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                classPath.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return commandFor(Path.of(System.getProperty("java.home")), classPath);
    }

    /**
     * How a hook runs the lambdalint of {@code classPath}. The jar of a checkout is run through the
     * checkout's launcher ({@code ./lambdalint}), which maps the class-data-sharing archive and sets the
     * JVM options measured in docs/performance.md: about a quarter of each run on a small commit.
     * Otherwise the Java in {@code javaHome} (or {@code java} on the PATH, if it is gone later) with the
     * flags for a short-lived process.
     */
    static String commandFor(Path javaHome, List<Path> classPath) {
        Optional<Path> launcher = launcherOf(classPath);
        if (launcher.isPresent()) {
            return quote(launcher.get().toString());
        }
        Path java = javaHome.resolve("bin").resolve("java");
        List<String> entries = classPath.stream().map(Path::toString).toList();
        String javaCommand = "\"$(command -v " + quote(java.toString()) + " || command -v java)\"";
        return javaCommand + " -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -cp "
                + quote(String.join(File.pathSeparator, entries)) + " dev.lambdalint.linter.cli.Main";
    }

    /** {@code ROOT/lambdalint} when the class path is just {@code ROOT/linter/target/lambdalint.jar}. */
    private static Optional<Path> launcherOf(List<Path> classPath) {
        if (classPath.size() != 1) {
            return Optional.empty();
        }
        Path jar = classPath.get(0);
        Path target = jar.getParent();
        Path module = target == null ? null : target.getParent();
        Path root = module == null ? null : module.getParent();
        if (root == null || !jar.getFileName().toString().equals("lambdalint.jar")
                || !target.getFileName().toString().equals("target") || !module.getFileName().toString().equals("linter")) {
            return Optional.empty();
        }
        Path launcher = root.resolve("lambdalint");
        return Files.isRegularFile(launcher) && Files.isExecutable(launcher) ? Optional.of(launcher) : Optional.empty();
    }

    /** Single-quotes {@code text} for the shell. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
