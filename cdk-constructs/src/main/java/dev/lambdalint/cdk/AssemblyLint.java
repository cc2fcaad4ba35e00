package dev.lambdalint.cdk;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.LintedTemplate;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.engine.Summary;
import dev.lambdalint.linter.load.DisplayPaths;
import dev.lambdalint.linter.load.cdk.CloudAssemblyReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lints some stack templates of a synthesized cloud assembly exactly as {@code lambdalint check cdk.out}
 * would: the engine reads the whole assembly (so construct paths, nested stacks and the CDK's own
 * functions are recognised the same way), and the result keeps the given templates and their nested
 * stacks. The plugin, {@link LambdaLint#check} and the command line therefore agree by construction.
 */
final class AssemblyLint {
    private AssemblyLint() {}

    static LintResult lint(Collection<Path> templateFiles, Config config, LocalDate today, Path workingDirectory) {
        return keep(templateFiles, whole(inputs(templateFiles), config, today, workingDirectory), workingDirectory);
    }

    /**
     * The folders (assemblies) and files to lint for {@code templateFiles}: each template's assembly,
     * outermost first. A Stage's assembly lies inside its parent's, which already reads it: linting both
     * would report its findings twice.
     */
    static List<String> inputs(Collection<Path> templateFiles) {
        Set<Path> inputs = new LinkedHashSet<>();
        for (Path file : templateFiles) {
            Path absolute = file.toAbsolutePath().normalize();
            Path folder = absolute.getParent();
            inputs.add(folder != null && CloudAssemblyReader.isAssembly(folder) ? folder : absolute);
        }
        return inputs.stream()
                .filter(p -> inputs.stream().noneMatch(other -> !other.equals(p) && Files.isDirectory(other) && p.startsWith(other)))
                .map(Path::toString)
                .toList();
    }

    /** Everything in {@code inputs}, as {@code lambdalint check} lints it. */
    static LintResult whole(List<String> inputs, Config config, LocalDate today, Path workingDirectory) {
        return new Engine(config, today, workingDirectory, () -> new ByteArrayInputStream(new byte[0]), true).run(inputs);
    }

    /** The part of {@code all} about {@code templateFiles} and their nested stacks. */
    static LintResult keep(Collection<Path> templateFiles, LintResult all, Path workingDirectory) {
        DisplayPaths display = new DisplayPaths(workingDirectory);
        Set<String> wantedFiles = new LinkedHashSet<>();
        for (Path file : templateFiles) {
            wantedFiles.add(display.of(file.toAbsolutePath().normalize()));
        }
        Set<String> wantedStacks = new LinkedHashSet<>();
        for (LintedTemplate t : all.templates()) {
            if (wantedFiles.contains(t.loaded().file())) {
                t.loaded().stack().ifPresent(wantedStacks::add);
            }
        }
        List<LintedTemplate> templates = new ArrayList<>();
        for (LintedTemplate t : all.templates()) {
            if (wanted(t.loaded().file(), t.loaded().stack(), wantedFiles, wantedStacks)) {
                templates.add(t);
            }
        }
        List<ReportedFinding> findings = all.findings().stream()
                .filter(f -> wanted(f.file(), f.stack(), wantedFiles, wantedStacks))
                .toList();
        return new LintResult(findings, all.errors(), summarize(findings, templates, all), templates);
    }

    /** A wanted template, or a nested stack of one (its stack is named {@code Parent/LogicalId}). */
    private static boolean wanted(String file, Optional<String> stack, Set<String> files, Set<String> stacks) {
        if (files.contains(file)) {
            return true;
        }
        return stack.isPresent() && stacks.stream().anyMatch(s -> stack.get().startsWith(s + "/"));
    }

    private static Summary summarize(List<ReportedFinding> findings, List<LintedTemplate> templates, LintResult all) {
        int functions = templates.stream().mapToInt(t -> t.model().functions().size()).sum();
        int internal = all.summary().cdkInternalSkipped() == 0 ? 0
                : templates.stream().mapToInt(t -> t.cdkInternal().size()).sum();
        return Summary.of(findings, templates.size(), functions, internal, all.errors().size());
    }
}
