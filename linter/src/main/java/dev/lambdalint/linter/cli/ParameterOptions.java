package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.load.DisplayPaths;
import dev.lambdalint.linter.params.GivenParameters;
import dev.lambdalint.linter.params.ParameterException;
import dev.lambdalint.linter.params.ParameterFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameter values a team deploys with, so that the run judges what is deployed rather than the Defaults. */
final class ParameterOptions {

    List<String> pairs = new ArrayList<>();

    List<Path> files = new ArrayList<>();

    String environment;

    /**
     * Says on {@code err} which parameters given with --parameter no linted template declares, with a guess
     * at the name meant; not an error. (A file's values are not noted: a samconfig.toml or a context file
     * holds values for other stacks too.)
     */
    void noteUndeclared(java.util.SortedSet<String> undeclared, dev.lambdalint.linter.engine.LintResult result,
                        PrintWriter err) {
        if (undeclared.isEmpty() || result.templates().isEmpty()) {
            return;
        }
        java.util.Set<String> declared = new java.util.TreeSet<>();
        for (dev.lambdalint.linter.engine.LintedTemplate t : result.templates()) {
            t.loaded().template().root().path("Parameters").fieldNames().forEachRemaining(declared::add);
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String pair : pairs) {
            named.add(pair.substring(0, Math.max(0, pair.indexOf('='))).trim());
        }
        for (String name : undeclared) {
            if (!named.contains(name)) {
                continue;
            }
            err.println("lambdalint: note: no template declares parameter " + name + " (its value was not used)"
                    + dev.lambdalint.linter.text.DidYouMean.hint(name, declared));
        }
    }

    /** The values given, or empty after saying on {@code err} what is wrong. */
    Optional<GivenParameters> load(Path workingDirectory, PrintWriter err) {
        if (pairs.isEmpty() && files.isEmpty()) {
            return Optional.of(GivenParameters.NONE);
        }
        Map<String, String> values = new LinkedHashMap<>();
        DisplayPaths display = new DisplayPaths(workingDirectory);
        try {
            for (Path file : files) {
                Path resolved = workingDirectory.resolve(file);
                if (!Files.isRegularFile(resolved)) {
                    throw new ParameterException("--parameters " + file + ": no such file");
                }
                values.putAll(ParameterFiles.read(resolved, display.of(resolved), environment));
            }
            for (String pair : pairs) {
                Map.Entry<String, String> e = ParameterFiles.pair(pair);
                values.put(e.getKey(), e.getValue());
            }
        } catch (ParameterException e) {
            err.println("lambdalint: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new GivenParameters(values));
    }
}
