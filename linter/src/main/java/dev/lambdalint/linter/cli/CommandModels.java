package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.report.ReportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command-line models of the root and of {@code check}, built with picocli's own API instead of read
 * from annotations. Start-up time: picocli reads annotations by reflection in every fresh JVM, and JDK 17
 * cannot archive the annotation proxies that reflection creates; building {@code check}'s model this way
 * took about a fifth off a small check's instructions (docs/performance.md). The other subcommands, run
 * far less often, keep their annotations. Each option is described here once; the options {@code check}
 * shares with {@code report} take their descriptions from the annotated classes' constants.
 * CommandModelTest pins the help, the usage errors, the completion script and the model itself to what the
 * annotated models printed.
 */
final class CommandModels {
    private CommandModels() {}

    private static final String[] EXIT_CODES = {
        ExitCode.HELP_CLEAN, ExitCode.HELP_FINDINGS, ExitCode.HELP_INPUT_ERROR, ExitCode.HELP_INTERNAL_ERROR
    };

    /** {@code lambdalint} itself: the help and version flags, the description, the exit codes. */
    static CommandSpec root(Runnable root) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(root).name("lambdalint")
                .versionProvider(new VersionProvider());
        spec.usageMessage()
                .description("Policy linter for AWS Lambda configuration in CloudFormation, SAM and CDK output.");
        exitCodes(spec);
        standardHelpOptions(spec);
        return spec;
    }

    /** {@code lambdalint check}, bound to the fields of {@code check} and of its option groups. */
    static CommandSpec check(CheckCommand check, RunContext root) {
        check.root = root;
        check.lint.config = new ConfigOption();
        CommandSpec spec = CommandSpec.wrapWithoutInspection(check).name("check");
        spec.usageMessage()
                .description("Lint templates, folders (templates are found by their content), CDK cloud assemblies "
                        + "(cdk.out), or - for standard input. Without a path, the current folder.")
                .headerHeading("%n")
                .header(
                        "Examples:",
                        "  Lint the templates under this folder; a folder and a CDK cloud assembly:",
                        "    lambdalint check",
                        "    lambdalint check infra/ cdk.out",
                        "  One line a finding, leaving out warnings and LL404:",
                        "    lambdalint check -f compact -i W,LL404 infra/",
                        "  SARIF for GitHub code scanning (the summary goes to the terminal):",
                        "    lambdalint check --format sarif infra/ > lambdalint.sarif",
                        "  Accept today's findings once, then report only new ones:",
                        "    lambdalint check --write-baseline lambdalint-baseline.json infra/",
                        "    lambdalint check --baseline lambdalint-baseline.json infra/",
                        "  With the parameter values production deploys with:",
                        "    lambdalint check --parameters samconfig.toml --parameters-env prod -p Stage=prod",
                        "  Only the templates changed on this branch; the files a run would lint:",
                        "    lambdalint check --changed-since origin/main",
                        "    lambdalint check -L infra/",
                        "");
        exitCodes(spec);
        // picocli gives an annotated List positional arity 0..1 a match (the index 0..* takes them all).
        spec.addPositional(PositionalParamSpec.builder().index("0..*").arity("0..1").paramLabel("PATH")
                .type(List.class).auxiliaryTypes(String.class).initialValue(check.paths)
                .description("Files, folders, cdk.out folders, or - for stdin.")
                .getter(new Check(check, "paths")).setter(new Check(check, "paths")).build());
        // In the order the annotated fields (and their mixins) had: picocli's "did you mean" picks the first
        // of equally near names, and the completion script lists them in this order.
        option(spec, check, "format", ReportFormat.class, check.format, new String[] {"-f", "--format"}, "FORMAT",
                "Format on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                        + "compact is one line per finding; json, sarif and junit print the summary on standard error.")
                .build(spec);
        option(spec, check, "outputs", List.class, check.outputs, new String[] {"--output"}, "FORMAT=FILE",
                "Also write FORMAT to FILE, replacing a regular file atomically (a link's target; a FIFO or "
                        + "device is written through); - is standard output, in place of --format. Repeatable, e.g. "
                        + "--output sarif=lambdalint.sarif --output junit=reports/lambdalint.xml")
                .aux(OutputTarget.class).converter(new OutputTarget.Converter()).build(spec);
        option(spec, check, "color", CheckCommand.ColorMode.class, check.color, new String[] {"--color"}, "WHEN",
                "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never (default: ${DEFAULT-VALUE}).")
                .build(spec);
        option(spec, check, "sarifHelpBase", String.class, null, new String[] {"--sarif-help-base"}, "URI",
                "Absolute URI of the folder of rule pages that SARIF links each rule to (LL101.md, ...); default: $"
                        + CheckCommand.HELP_BASE_VARIABLE + ", else the project's docs/rules.")
                .build(spec);
        option(spec, check, "failOn", CheckCommand.FailOn.class, check.failOn, new String[] {"--fail-on"}, "LEVEL",
                "Exit 1 when a finding is at this severity or worse: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
                .build(spec);
        option(spec, check, "configFile", Path.class, null, new String[] {"--config"}, "FILE",
                ConfigOption.CONFIG_DESCRIPTION).build(spec);
        option(spec, check, "date", LocalDate.class, null, new String[] {"--date"}, "YYYY-MM-DD",
                LintOptions.DATE_DESCRIPTION).converter(new LintOptions.DateConverter()).build(spec);
        flag(spec, check, "includeCdkInternal", "--include-cdk-internal", LintOptions.INCLUDE_CDK_INTERNAL_DESCRIPTION);
        // Read by Main before picocli parses anything; declared so that picocli accepts it and helps with it.
        flag(spec, check, "debug", "--debug", LintOptions.DEBUG_DESCRIPTION);
        option(spec, check, "select", List.class, check.selection.select, new String[] {"-s", "--select"}, "RULE",
                "Run only these rules: ids (LL301 or 301), names, id prefixes (LL7) or severities "
                        + "(error, warning, info; E, W, I); repeatable or comma-separated. A rule named by id or name "
                        + "runs even when it is off by default.")
                .aux(String.class).split(",").candidates(new RuleCandidates()).build(spec);
        option(spec, check, "ignore", List.class, check.selection.ignore, new String[] {"-i", "--ignore"}, "RULE",
                "Do not run these rules (same forms as --select), e.g. -i W -i LL404,memory-default.")
                .aux(String.class).split(",").candidates(new RuleCandidates()).build(spec);
        option(spec, check, "pairs", List.class, check.parameters.pairs, new String[] {"-p", "--parameter"}, "KEY=VALUE",
                "A template parameter's value for this run, in place of its Default and AllowedValues; "
                        + "repeatable. Findings on a property that refers to it name the parameter.")
                .aux(String.class).build(spec);
        option(spec, check, "files", List.class, check.parameters.files, new String[] {"--parameters"}, "FILE",
                "Parameter values from FILE: CloudFormation's [{\"ParameterKey\": ..., \"ParameterValue\": ...}] JSON, "
                        + "Key=Value pairs (as --parameter-overrides takes them), a JSON object of names to values, "
                        + "or a samconfig.toml's parameter_overrides; repeatable, --parameter wins.")
                .aux(Path.class).build(spec);
        option(spec, check, "environment", String.class, null, new String[] {"--parameters-env"}, "ENV",
                "The samconfig.toml environment whose parameter_overrides --parameters reads (default: ${DEFAULT-VALUE}).")
                .defaultValue("default").build(spec);
        Option listInputs = flag(check, "listInputs", "<listInputs>",
                "Print the templates and cloud assemblies the run would lint (after the folder walk, the ignore globs and --changed-since), one a line, and lint nothing.");
        listInputs.names = new String[] {"-L", "--list-inputs"};
        listInputs.build(spec);
        option(spec, check, "logs", List.class, check.evidence.logs, new String[] {"--evidence"}, "LOGS",
                EvidenceOptions.EVIDENCE_DESCRIPTION).aux(String.class).arity("1..*").build(spec);
        option(spec, check, "stackName", String.class, null, new String[] {"--stack-name"}, "NAME",
                EvidenceOptions.STACK_NAME_DESCRIPTION).build(spec);
        option(spec, check, "baselineFile", Path.class, null, new String[] {"--baseline"}, "FILE",
                "Report only findings the baseline FILE does not list (see --write-baseline), and say how many it held back.")
                .build(spec);
        option(spec, check, "writeBaselineFile", Path.class, null, new String[] {"--write-baseline"}, "FILE",
                "Record this run's findings in FILE, replacing what it held for the files this run linted "
                        + "(fixed findings drop out); they are then not reported. - writes it to standard output, in place of the report.")
                .build(spec);
        option(spec, check, "changedSince", String.class, null, new String[] {"--changed-since"}, "REV",
                "Lint only the templates (and cloud assemblies) under PATH that changed since the git revision REV: "
                        + "in REV...HEAD, or modified, staged or new in the working tree. For pull requests in large repositories.")
                .build(spec);
        flag(spec, check, "staged", "--staged",
                "Lint the staged version (the index) of the templates staged for commit under PATH, as the git hook does; "
                        + "every template when the config or its baseline is staged.");
        flag(spec, check, "skipNonTemplates", "--skip-non-templates",
                "Skip named files that are not templates or that the config ignores, instead of reporting them (for hooks that pass every changed YAML/JSON file).");
        flag(spec, check, "showSuppressed", "--show-suppressed", "List suppressed findings with their reasons.");
        Option sequential = flag(check, "sequential", "<sequential>", "Lint one input at a time (output is identical).");
        sequential.names = new String[] {"--sequential"};
        sequential.hidden = true;
        sequential.build(spec);
        standardHelpOptions(spec);
        check.spec = spec;
        return spec;
    }

    private static void exitCodes(CommandSpec spec) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : EXIT_CODES) {
            int colon = line.indexOf(':');
            codes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    }

    /**
     * {@code -h} and {@code -V} as {@code mixinStandardHelpOptions} declares them: declared here, not mixed
     * in, because picocli builds that mixin from its own annotations.
     */
    private static void standardHelpOptions(CommandSpec spec) {
        Flag help = new Flag();
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).paramLabel("<helpRequested>")
                .type(boolean.class).initialValue(Boolean.FALSE).getter(help).setter(help)
                .description("Show this help message and exit.").build());
        Flag version = new Flag();
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).paramLabel("<versionRequested>")
                .type(boolean.class).initialValue(Boolean.FALSE).getter(version).setter(version)
                .description("Print version information and exit.").build());
    }

    private static Option option(CommandSpec spec, CheckCommand check, String field, Class<?> type, Object initial,
                                 String[] names, String label, String description) {
        Option o = new Option(check, field, type, initial, label, description);
        o.names = names;
        return o;
    }

    private static void flag(CommandSpec spec, CheckCommand check, String field, String name, String description) {
        Option o = flag(check, field, "<" + field + ">", description);
        o.names = new String[] {name};
        o.build(spec);
    }

    private static Option flag(CheckCommand check, String field, String label, String description) {
        // No arity: picocli gives a boolean an unspecified arity of 0, which accepts --flag=true and says
        // "'maybe' is not a boolean" where an explicit arity 0 would refuse any value.
        return new Option(check, field, boolean.class, Boolean.FALSE, label, description);
    }

    /** One option's description, collected before picocli's builder sees it. */
    private static final class Option {
        final CheckCommand check;
        final String field;
        final Class<?> type;
        final Object initial;
        final String label;
        final String description;
        String[] names;
        Class<?> aux;
        String arity;
        String split;
        String defaultValue;
        boolean hidden;
        CommandLine.ITypeConverter<?> converter;
        Iterable<String> candidates;

        Option(CheckCommand check, String field, Class<?> type, Object initial, String label, String description) {
            this.check = check;
            this.field = field;
            this.type = type;
            this.initial = initial;
            this.label = label;
            this.description = description;
        }

        Option aux(Class<?> aux) {
            this.aux = aux;
            return this;
        }

        Option arity(String arity) {
            this.arity = arity;
            return this;
        }

        Option split(String split) {
            this.split = split;
            return this;
        }

        Option defaultValue(String value) {
            this.defaultValue = value;
            return this;
        }

        Option converter(CommandLine.ITypeConverter<?> converter) {
            this.converter = converter;
            return this;
        }

        Option candidates(Iterable<String> candidates) {
            this.candidates = candidates;
            return this;
        }

        void build(CommandSpec spec) {
            Check binding = new Check(check, field);
            OptionSpec.Builder b = OptionSpec.builder(names).paramLabel(label).type(type)
                    .initialValue(initial).getter(binding).setter(binding).description(description).hidden(hidden);
            if (aux != null) {
                b.auxiliaryTypes(aux);
            }
            if (arity != null) {
                b.arity(arity);
            }
            if (split != null) {
                b.splitRegex(split);
            }
            if (defaultValue != null) {
                b.defaultValue(defaultValue);
            }
            if (converter != null) {
                b.converters(converter);
            }
            if (candidates != null) {
                b.completionCandidates(candidates);
            }
            spec.addOption(b.build());
        }
    }

    /** A help flag's value: picocli reads it after parsing to decide whether to print help. */
    private static final class Flag implements IGetter, ISetter {
        private Object value = Boolean.FALSE;

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) value;
        }

        @Override
        public <T> T set(T value) {
            T old = get();
            this.value = value;
            return old;
        }
    }

    /**
     * One field of {@code check} or of its option groups, read and written directly: what picocli does by
     * reflection for an annotated field. A named class, not lambdas: picocli's interfaces are Java 5 class
     * files, which the class-data archive leaves out when a lambda implements them.
     */
    private static final class Check implements IGetter, ISetter {
        private final CheckCommand c;
        private final String field;

        Check(CheckCommand c, String field) {
            this.c = c;
            this.field = field;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) value();
        }

        private Object value() {
            switch (field) {
                case "paths": return c.paths;
                case "format": return c.format;
                case "outputs": return c.outputs;
                case "color": return c.color;
                case "sarifHelpBase": return c.sarifHelpBase;
                case "failOn": return c.failOn;
                case "configFile": return c.lint.config.configFile;
                case "date": return c.lint.date;
                case "includeCdkInternal": return c.lint.includeCdkInternal;
                case "debug": return c.lint.debug;
                case "select": return c.selection.select;
                case "ignore": return c.selection.ignore;
                case "pairs": return c.parameters.pairs;
                case "files": return c.parameters.files;
                case "environment": return c.parameters.environment;
                case "listInputs": return c.listInputs;
                case "logs": return c.evidence.logs;
                case "stackName": return c.evidence.stackName;
                case "baselineFile": return c.baselineFile;
                case "writeBaselineFile": return c.writeBaselineFile;
                case "changedSince": return c.changedSince;
                case "staged": return c.staged;
                case "skipNonTemplates": return c.skipNonTemplates;
                case "showSuppressed": return c.showSuppressed;
                case "sequential": return c.sequential;
                default: throw new IllegalStateException("no field " + field);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            Object v = value;
            switch (field) {
                case "paths": c.paths = (List<String>) v; break;
                case "format": c.format = (ReportFormat) v; break;
                case "outputs": c.outputs = (List<OutputTarget>) v; break;
                case "color": c.color = (CheckCommand.ColorMode) v; break;
                case "sarifHelpBase": c.sarifHelpBase = (String) v; break;
                case "failOn": c.failOn = (CheckCommand.FailOn) v; break;
                case "configFile": c.lint.config.configFile = (Path) v; break;
                case "date": c.lint.date = (LocalDate) v; break;
                case "includeCdkInternal": c.lint.includeCdkInternal = (Boolean) v; break;
                case "debug": c.lint.debug = (Boolean) v; break;
                case "select": c.selection.select = (List<String>) v; break;
                case "ignore": c.selection.ignore = (List<String>) v; break;
                case "pairs": c.parameters.pairs = (List<String>) v; break;
                case "files": c.parameters.files = (List<Path>) v; break;
                case "environment": c.parameters.environment = (String) v; break;
                case "listInputs": c.listInputs = (Boolean) v; break;
                case "logs": c.evidence.logs = (List<String>) v; break;
                case "stackName": c.evidence.stackName = (String) v; break;
                case "baselineFile": c.baselineFile = (Path) v; break;
                case "writeBaselineFile": c.writeBaselineFile = (Path) v; break;
                case "changedSince": c.changedSince = (String) v; break;
                case "staged": c.staged = (Boolean) v; break;
                case "skipNonTemplates": c.skipNonTemplates = (Boolean) v; break;
                case "showSuppressed": c.showSuppressed = (Boolean) v; break;
                case "sequential": c.sequential = (Boolean) v; break;
                default: throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }
}
