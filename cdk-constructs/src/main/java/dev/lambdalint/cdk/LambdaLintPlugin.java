package dev.lambdalint.cdk;

import dev.lambdalint.linter.Version;
import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedError;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.rules.Catalog;
import dev.lambdalint.rules.Rule;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.catalog.meta.TemplateInvalid;
import dev.lambdalint.rules.model.Pointers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awscdk.AspectOptions;
import software.amazon.awscdk.AspectPriority;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.IPolicyValidationContext;
import software.amazon.awscdk.IPolicyValidationPlugin;
import software.amazon.awscdk.PolicyValidationPluginReport;
import software.amazon.awscdk.PolicyViolatingResource;
import software.amazon.awscdk.PolicyViolation;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.Validations;

/**
 * Runs lambdalint at {@code cdk synth}: the CDK hands over the synthesized templates, the linter's
 * engine judges them with the same rules, config and suppressions as {@code lambdalint check cdk.out},
 * and each finding comes back as a violation with its logical id (the CDK adds the construct path and
 * the line of code that created it). Synth fails when a finding is at the {@code failOn} level or worse.
 *
 * <pre>{@code
 * App app = new App();
 * new LambdaLintPlugin().addTo(app);   // the plugin, and the invocation-target Aspect
 * }</pre>
 */
public final class LambdaLintPlugin implements IPolicyValidationPlugin {
    public static final String NAME = "lambdalint";

    private final Config config;
    private final Optional<Severity> failOn;
    private final Severity reportAtLeast;
    private final Optional<LocalDate> today;
    private volatile Lint lastLint;

    /** The nearest {@code .lambdalint.yaml}'s config; fails synth on warnings, as the command line does. */
    public LambdaLintPlugin() {
        this(builder());
    }

    private LambdaLintPlugin(Builder b) {
        this.config = b.config != null ? b.config : LambdaLint.config();
        this.failOn = b.failOn;
        this.reportAtLeast = b.reportAtLeast;
        this.today = Optional.ofNullable(b.today);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getVersion() {
        return Version.current();
    }

    @Override
    public List<String> getRuleIds() {
        return Catalog.RULES.stream().filter(config::enabled).map(Rule::id).toList();
    }

    @Override
    public PolicyValidationPluginReport validate(IPolicyValidationContext context) {
        try {
            List<Path> templates = context.getTemplatePaths().stream().map(Path::of).toList();
            Path workingDirectory = Path.of("").toAbsolutePath();
            LintResult all = wholeAssembly(AssemblyLint.inputs(templates), workingDirectory);
            return report(AssemblyLint.keep(templates, all, workingDirectory), workingDirectory);
        } catch (RuntimeException e) {
            // The CDK shows a plugin's failure as one line; a stack trace would say nothing to the user.
            return PolicyValidationPluginReport.builder()
                    .success(false)
                    .violations(List.of())
                    .metadata(Map.of("error", "lambdalint could not lint the templates: " + e))
                    .build();
        }
    }

    /**
     * Runs this plugin at every synth of {@code app}, and before it the {@link InvocationTargetCheck}
     * Aspect, which stops the synth when an integration, rule target, event source or permission invokes
     * {@code $LATEST} of a function whose SnapStart or failure destination is on its alias.
     *
     * <pre>{@code
     * LambdaLintPlugin.builder().build().addTo(app);
     * }</pre>
     */
    public LambdaLintPlugin addTo(Stage app) {
        Validations.of(app).addPlugins(this);
        Aspects.of(app).add(new InvocationTargetCheck(), AspectOptions.builder().priority(AspectPriority.READONLY).build());
        return this;
    }

    /**
     * The CDK calls {@link #validate} once per environment (account and Region) of the app, each time
     * with that environment's stacks; the assembly is linted once per synth and each call keeps its part.
     * A new synth rewrites the manifest, which tells its assembly from the last one.
     */
    private LintResult wholeAssembly(List<String> inputs, Path workingDirectory) {
        List<String> key = new ArrayList<>(inputs);
        for (String input : inputs) {
            Path manifest = Path.of(input).resolve("manifest.json");
            try {
                key.add(Files.isRegularFile(manifest) ? Files.getLastModifiedTime(manifest) + " " + Files.size(manifest) : "-");
            } catch (IOException e) {
                key.add("?");
            }
        }
        Lint cached = lastLint;
        if (cached != null && cached.key().equals(key)) {
            return cached.result();
        }
        LintResult result = AssemblyLint.whole(inputs, config, today.orElseGet(() -> LocalDate.now(ZoneOffset.UTC)), workingDirectory);
        lastLint = new Lint(key, result);
        return result;
    }

    private record Lint(List<String> key, LintResult result) {}

    /**
     * What the plugin found at the last synth, on every stack of the app (all environments), every
     * severity and suppressed ones too; empty before the first synth.
     */
    public Optional<LintResult> lastResult() {
        Lint last = lastLint;
        return last == null ? Optional.empty() : Optional.of(last.result());
    }

    private PolicyValidationPluginReport report(LintResult result, Path workingDirectory) {
        List<PolicyViolation> violations = new ArrayList<>();
        boolean failed = !result.errors().isEmpty();
        for (ReportedError e : result.errors()) {
            String where = e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("");
            violations.add(PolicyViolation.builder()
                    .ruleName(RuleText.id(TemplateInvalid.class))
                    .description(e.file() + where + ": " + e.message())
                    .fix(RuleText.info(TemplateInvalid.class).fix())
                    .severity(Severity.ERROR.label())
                    .ruleMetadata(Map.of("name", RuleText.info(TemplateInvalid.class).name()))
                    .violatingResources(List.of(PolicyViolatingResource.builder()
                            .templatePath(workingDirectory.resolve(e.file()).normalize().toString())
                            .locations(List.of())
                            .build()))
                    .build());
        }
        for (ReportedFinding f : result.findings()) {
            if (f.suppressed()) {
                continue;
            }
            failed |= failOn.isPresent() && f.severity().atLeast(failOn.get());
            if (!f.severity().atLeast(reportAtLeast) && !(failOn.isPresent() && f.severity().atLeast(failOn.get()))) {
                continue;
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("name", f.ruleName());
            metadata.put("location", f.file() + ":" + f.line() + ":" + f.column());
            metadata.put("explain", "lambdalint explain " + f.ruleId());
            violations.add(PolicyViolation.builder()
                    .ruleName(f.ruleId())
                    .description(f.message())
                    .fix(f.fix())
                    .severity(f.severity().label())
                    .ruleMetadata(metadata)
                    .violatingResources(List.of(PolicyViolatingResource.builder()
                            .resourceLogicalId(f.resource())
                            .templatePath(workingDirectory.resolve(f.file()).normalize().toString())
                            .locations(propertyPath(f.pointer(), f.resource()))
                            .build()))
                    .build());
        }
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("templates", String.valueOf(result.summary().templates()));
        summary.put("functions", String.valueOf(result.summary().functions()));
        summary.put("suppressed", String.valueOf(result.summary().suppressed()));
        summary.put("failOn", failOn.map(Severity::label).orElse("never"));
        return PolicyValidationPluginReport.builder()
                .success(!failed)
                .violations(violations)
                .metadata(summary)
                .pluginVersion(Version.current())
                .build();
    }

    /** {@code /Resources/Fn/Properties/MemorySize} becomes {@code Properties.MemorySize}, as CDK reports show paths. */
    static List<String> propertyPath(String pointer, String logicalId) {
        String prefix = Pointers.resource(logicalId);
        if (!pointer.startsWith(prefix + "/")) {
            return List.of();
        }
        return List.of(String.join(".", Pointers.segments(pointer.substring(prefix.length()))));
    }

    /** Settings of a {@link LambdaLintPlugin}; every one has a default. */
    public static final class Builder {
        private Config config;
        private Optional<Severity> failOn = Optional.of(Severity.WARNING);
        private Severity reportAtLeast = Severity.WARNING;
        private LocalDate today;

        private Builder() {}

        /** The config to judge with; by default the nearest {@code .lambdalint.yaml}'s. */
        public Builder config(Config value) {
            this.config = Objects.requireNonNull(value);
            return this;
        }

        /** Fail synth on an active finding at this severity or worse (default: warning, as the command line). */
        public Builder failOn(Severity value) {
            this.failOn = Optional.of(value);
            return this;
        }

        /** Report findings without ever failing synth (the command line's {@code --fail-on never}). */
        public Builder reportOnly() {
            this.failOn = Optional.empty();
            return this;
        }

        /** The least severity to show in the synth report (default: warning; info findings are advice). */
        public Builder reportAtLeast(Severity value) {
            this.reportAtLeast = Objects.requireNonNull(value);
            return this;
        }

        /** The date that counts as today for runtime deprecation rules, like {@code --date}. */
        public Builder today(LocalDate value) {
            this.today = value;
            return this;
        }

        public LambdaLintPlugin build() {
            return new LambdaLintPlugin(this);
        }
    }
}
