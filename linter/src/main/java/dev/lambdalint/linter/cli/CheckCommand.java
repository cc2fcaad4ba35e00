package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.baseline.Baseline;
import dev.lambdalint.linter.baseline.BaselineException;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.git.ChangedTemplates;
import dev.lambdalint.linter.git.GitException;
import dev.lambdalint.linter.io.AtomicFile;
import dev.lambdalint.linter.load.Contents;
import dev.lambdalint.linter.load.DisplayPaths;
import dev.lambdalint.linter.load.Input;
import dev.lambdalint.linter.load.InputError;
import dev.lambdalint.linter.load.InputFinder;
import dev.lambdalint.linter.params.GivenParameters;
import dev.lambdalint.linter.report.ReportFormat;
import dev.lambdalint.linter.report.ReportSettings;
import dev.lambdalint.linter.report.Reporter;
import dev.lambdalint.linter.report.RepositoryPaths;
import dev.lambdalint.linter.report.text.TextReporter;
import dev.lambdalint.linter.Version;
import dev.lambdalint.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code lambdalint check}. Its command-line model (options, help, exit codes) is built in code by
 * {@link CommandModels#check}, bound to these fields, not read from annotations: start-up time.
 */
public final class CheckCommand implements Callable<Integer> {

    enum FailOn { error, warning, info, never }

    enum ColorMode { auto, always, never }

    static final String HELP_BASE_VARIABLE = "LAMBDALINT_SARIF_HELP_BASE";

    /** Set by {@link CommandModels#check}, as picocli's {@code @ParentCommand} and {@code @Spec} would. */
    RunContext root;
    CommandLine.Model.CommandSpec spec;

    // Bound to the options by CommandModels, which describes each of them.
    List<String> paths = new ArrayList<>();
    ReportFormat format = ReportFormat.text;
    List<OutputTarget> outputs = new ArrayList<>();
    ColorMode color = ColorMode.auto;
    String sarifHelpBase;
    FailOn failOn = FailOn.warning;
    final LintOptions lint = new LintOptions();
    final RuleSelection selection = new RuleSelection();
    final ParameterOptions parameters = new ParameterOptions();
    boolean listInputs;
    final EvidenceOptions evidence = new EvidenceOptions();
    Path baselineFile;
    Path writeBaselineFile;
    String changedSince;
    boolean staged;
    boolean skipNonTemplates;
    boolean showSuppressed;
    boolean sequential;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Config> loaded = lint.config.load(root.workingDirectory, err);
        if (loaded.isEmpty()) {
            return ExitCode.INPUT_ERROR.code;
        }
        Optional<Config> selected = selection.apply(loaded.get(), err);
        if (selected.isEmpty()) {
            return ExitCode.INPUT_ERROR.code;
        }
        Config config = selected.get();
        Optional<GivenParameters> given = parameters.load(root.workingDirectory, err);
        if (given.isEmpty()) {
            return ExitCode.INPUT_ERROR.code;
        }
        LocalDate today = lint.today(root.clock);
        if (!evidence.validate(paths, err)) {
            return ExitCode.INPUT_ERROR.code;
        }
        Optional<Selected> chosen = select(config, err);
        if (chosen.isEmpty()) {
            return ExitCode.INPUT_ERROR.code;
        }
        List<String> inputs = chosen.get().inputs();
        if (standardOutputUsers() > 1) {
            err.println("lambdalint: only one of --output FORMAT=- and --write-baseline - can use standard output");
            return ExitCode.INPUT_ERROR.code;
        }
        if (listInputs) {
            return listInputs(config, today, chosen.get(), out, err);
        }
        Optional<String> helpBase = helpBase();
        if (helpBase.isEmpty()) {
            return ExitCode.INPUT_ERROR.code;
        }
        // Read before linting: a missing baseline is a usage error worth knowing before the work. The config's
        // baseline applies unless the command line names one, or writes one (which then applies).
        Path acceptedFile = null;
        String acceptedName = null;
        if (baselineFile != null) {
            acceptedFile = root.workingDirectory.resolve(baselineFile).normalize();
            acceptedName = baselineFile.toString();
        } else if (writeBaselineFile == null && config.baseline().isPresent()) {
            acceptedFile = config.baseline().get();
            acceptedName = new DisplayPaths(root.workingDirectory).of(acceptedFile);
        }
        Baseline accepted = null;
        if (acceptedFile != null) {
            try {
                accepted = Baseline.read(acceptedFile, acceptedName);
            } catch (BaselineException e) {
                err.println("lambdalint: " + e.getMessage()
                        + (baselineFile == null ? " (named by baseline: in " + config.file().map(f -> new DisplayPaths(root.workingDirectory).of(f)).orElse("the config") + ")" : ""));
                return ExitCode.INPUT_ERROR.code;
            }
        }
        Engine engine = new Engine(config, today, root.workingDirectory, root.stdin, !sequential)
                .includeCdkInternal(lint.includeCdkInternal)
                .skipNonTemplates(skipNonTemplates || changedSince != null || staged)
                .contents(chosen.get().contents())
                .parameters(given.get())
                .evidence(evidence.inputs(), evidence.stack());
        LintResult result = engine.run(inputs);
        parameters.noteUndeclared(engine.undeclaredParameters(), result, err);
        try {
            result = baselines(result, accepted, acceptedFile, out, err);
        } catch (IOException e) {
            err.println("lambdalint: cannot write the baseline " + writeBaselineFile + ": " + AtomicFile.describe(e));
            return ExitCode.INPUT_ERROR.code;
        }
        ReportSettings settings = new ReportSettings(config, showSuppressed, false, threshold(failOn),
                RepositoryPaths.discover(root.workingDirectory), helpBase.get());
        boolean written = writeOutputs(result, settings, out, err);
        if (standardOutputUsers() == 0) {
            format.create(settings.withColor(format == ReportFormat.text && colorWanted())).write(result, out);
        }
        out.flush();
        if (format.summaryOnStandardError()) {
            // `--format sarif > x.sarif` on a terminal says how it went.
            err.println(TextReporter.summaryLine(result.summary()));
        }
        return written ? exitCode(result, failOn).code : ExitCode.INPUT_ERROR.code;
    }

    private int listInputs(Config config, LocalDate today, Selected chosen, PrintWriter out, PrintWriter err) {
        InputFinder.Found found = new Engine(config, today, root.workingDirectory, root.stdin, false)
                .skipNonTemplates(skipNonTemplates || changedSince != null || staged)
                .contents(chosen.contents())
                .find(chosen.inputs());
        DisplayPaths display = new DisplayPaths(root.workingDirectory);
        for (Input input : found.inputs()) {
            out.println(input instanceof Input.TemplateFile file ? display.of(file.path())
                    : input instanceof Input.Assembly assembly ? display.of(assembly.directory())
                    : "-");
        }
        out.flush();
        for (InputError e : found.errors()) {
            err.println("lambdalint: " + e.file() + ": " + e.message());
        }
        return found.errors().isEmpty() ? ExitCode.CLEAN.code : ExitCode.INPUT_ERROR.code;
    }

    /**
     * Writes --write-baseline, then leaves out of {@code result} what the baseline in force lists:
     * {@code accepted} (--baseline or the config's, read before anything was written, so that one file can
     * be both), else the one just written.
     */
    private LintResult baselines(LintResult result, Baseline accepted, Path acceptedFile, PrintWriter out, PrintWriter err)
            throws IOException {
        Path cwd = root.workingDirectory;
        Baseline applied = accepted;
        Path appliedFolder = accepted == null ? null : acceptedFile.getParent();
        if (writeBaselineFile != null) {
            boolean toStandardOutput = isStandardOutput(writeBaselineFile);
            Path file = cwd.resolve(writeBaselineFile).normalize();
            Path folder = toStandardOutput ? cwd : file.getParent();
            Baseline recorded = Baseline.of(result, folder, cwd);
            Baseline previous = null;
            if (!toStandardOutput && Files.isRegularFile(file)) {
                try {
                    previous = Baseline.read(file, writeBaselineFile.toString());
                } catch (BaselineException unreadable) {
                    // replaced by a good one now; nothing to compare with
                }
            }
            StringBuilder note = new StringBuilder();
            if (previous != null) {
                int kept = Baseline.of(result, folder, cwd).keptFrom(previous, result, folder, cwd);
                recorded = recorded.keepingUnlinted(previous, result, folder, cwd);
                int dropped = recorded.droppedSince(previous);
                if (kept > 0) {
                    note.append("; kept ").append(kept).append(kept == 1 ? " entry" : " entries")
                            .append(" of files this run did not lint");
                }
                if (dropped > 0) {
                    note.append("; ").append(dropped).append(" fixed since the last write dropped out (")
                            .append(String.join(", ", recorded.filesDroppedSince(previous))).append(')');
                }
            }
            if (toStandardOutput) {
                out.print(recorded.text());
            } else {
                recorded.write(file);
            }
            err.println("lambdalint: recorded " + recorded.size() + (recorded.size() == 1 ? " finding" : " findings")
                    + " in " + (toStandardOutput ? "the baseline on standard output" : writeBaselineFile) + note);
            if (applied == null) {
                applied = recorded;
                appliedFolder = folder;
            }
        } else if (applied != null) {
            int unmatched = applied.unmatched(result, appliedFolder, cwd);
            if (unmatched > 0) {
                err.println("lambdalint: " + unmatched + (unmatched == 1 ? " baseline entry no longer matches" : " baseline entries no longer match")
                        + ": rerun with --write-baseline to tighten it");
            }
        }
        return applied == null ? result : applied.apply(result, appliedFolder, cwd);
    }

    /** What this run lints, and where the bytes come from. */
    private record Selected(List<String> inputs, Contents contents) {}

    /**
     * The inputs: the paths given; or, for --staged and --changed-since, the templates git names (every
     * template when the policy changed); empty (with a message) when git cannot tell.
     */
    private Optional<Selected> select(Config config, PrintWriter err) {
        List<String> inputs = paths.isEmpty() ? List.of(".") : paths;
        Contents contents = Contents.DISK;
        if (skipNonTemplates && !staged && changedSince == null) {
            // pre-commit passes the changed files: a changed policy changes the verdict on every template.
            Optional<String> policy = namedPolicyFile(config);
            if (policy.isPresent()) {
                err.println("lambdalint: " + policy.get() + " is among the files given, so every template is linted,"
                        + " not only those given");
                inputs = List.of(".");
            }
        }
        if (staged) {
            if (changedSince != null || paths.contains("-")) {
                err.println("lambdalint: --staged lints what git has staged; it cannot be combined with --changed-since or - (standard input)");
                return Optional.empty();
            }
            ChangedTemplates.Staged selection;
            try {
                selection = ChangedTemplates.staged(root.workingDirectory, paths, policyFiles(config));
            } catch (GitException e) {
                err.println("lambdalint: " + e.getMessage());
                return Optional.empty();
            }
            inputs = selection.selection().inputs();
            contents = Contents.overriding(selection.index());
            if (selection.selection().policyChanged().isPresent()) {
                err.println("lambdalint: " + selection.selection().policyChanged().get()
                        + " is staged, so every template is linted, not only the staged ones");
            } else if (inputs.isEmpty()) {
                err.println("lambdalint: no templates staged");
            }
        }
        if (changedSince != null) {
            if (paths.contains("-")) {
                err.println("lambdalint: --changed-since lints files from git; it cannot be combined with - (standard input)");
                return Optional.empty();
            }
            ChangedTemplates.Selection selection;
            try {
                selection = ChangedTemplates.since(changedSince, root.workingDirectory, paths, policyFiles(config));
            } catch (GitException e) {
                err.println("lambdalint: " + e.getMessage());
                return Optional.empty();
            }
            inputs = selection.inputs();
            if (selection.policyChanged().isPresent()) {
                err.println("lambdalint: " + selection.policyChanged().get() + " changed since " + changedSince
                        + ", so every template is linted, not only the changed ones");
            } else if (inputs.isEmpty()) {
                err.println("lambdalint: no templates changed since " + changedSince);
            }
        }
        return Optional.of(new Selected(inputs, contents));
    }

    /** The path given that names the config or the baseline in force, if one does. */
    private Optional<String> namedPolicyFile(Config config) {
        List<Path> policy = policyFiles(config).stream().map(p -> p.toAbsolutePath().normalize()).toList();
        return paths.stream()
                .filter(p -> !p.equals("-") && policy.contains(root.workingDirectory.resolve(p).toAbsolutePath().normalize()))
                .findFirst();
    }

    /** The files whose change changes the verdict on every template: the config and the baselines in force. */
    private List<Path> policyFiles(Config config) {
        List<Path> files = new ArrayList<>();
        config.file().ifPresent(files::add);
        if (baselineFile != null) {
            files.add(root.workingDirectory.resolve(baselineFile));
        } else {
            config.baseline().ifPresent(files::add);
        }
        return files;
    }

    /** How many of the outputs asked for standard output ({@code -}) instead of a file. */
    private long standardOutputUsers() {
        return outputs.stream().filter(o -> isStandardOutput(o.file())).count()
                + (writeBaselineFile != null && isStandardOutput(writeBaselineFile) ? 1 : 0);
    }

    static boolean isStandardOutput(Path file) {
        return file.toString().equals("-");
    }

    /** Writes every --output file; false (with a message) when one could not be written. */
    private boolean writeOutputs(LintResult result, ReportSettings settings, PrintWriter out, PrintWriter err) {
        boolean ok = true;
        for (OutputTarget target : outputs) {
            Path file = root.workingDirectory.resolve(target.file());
            try {
                Reporter reporter = target.format().create(settings);
                if (isStandardOutput(target.file())) {
                    reporter.write(result, out);
                    continue;
                }
                AtomicFile.write(file, w -> reporter.write(result, w));
            } catch (IOException e) {
                err.println("lambdalint: cannot write the " + target.format() + " report to " + target.file() + ": " + AtomicFile.describe(e));
                ok = false;
            }
        }
        return ok;
    }

    private boolean colorWanted() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> root.environment.wantsColor();
        };
    }

    /** The SARIF help base in force, checked; empty (with a message) when it is not an absolute URI. */
    private Optional<String> helpBase() {
        String given = sarifHelpBase != null ? sarifHelpBase : root.environment.get(HELP_BASE_VARIABLE).orElse(null);
        if (given == null) {
            return Optional.of(Version.docsBaseUri());
        }
        String source = sarifHelpBase != null ? "--sarif-help-base" : HELP_BASE_VARIABLE;
        try {
            java.net.URI uri = new java.net.URI(given);
            if (uri.getScheme() == null) {
                throw new java.net.URISyntaxException(given, "no scheme (SARIF wants an absolute URI such as https://...)");
            }
        } catch (java.net.URISyntaxException e) {
            spec.commandLine().getErr().println("lambdalint: " + source + " '" + given + "' is not an absolute URI: "
                    + e.getReason());
            return Optional.empty();
        }
        return Optional.of(given.endsWith("/") ? given : given + "/");
    }

    private static Optional<Severity> threshold(FailOn failOn) {
        return failOn == FailOn.never
                ? Optional.empty()
                : Optional.of(Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT)));
    }

    static ExitCode exitCode(LintResult result, FailOn failOn) {
        if (!result.errors().isEmpty()) {
            return ExitCode.INPUT_ERROR;
        }
        if (failOn == FailOn.never) {
            return ExitCode.CLEAN;
        }
        Severity threshold = Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
        return result.hasFindingsAtLeast(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
