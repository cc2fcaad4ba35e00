package dev.lambdalint.cdk;

import dev.lambdalint.linter.config.Config;
import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.rules.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import dev.lambdalint.rules.policy.Policy;
import software.amazon.awscdk.AspectOptions;
import software.amazon.awscdk.AspectPriority;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.constructs.IConstruct;

/**
 * lambdalint for CDK apps: lint a stack from a unit test, suppress a rule on a construct, and find the
 * config the hardened constructs and the plugin take their policy from.
 *
 * <pre>{@code
 * assertThat(LambdaLint.check(stack)).isEmpty();
 * LambdaLint.suppress(nightlyExport, "LL301", "Batch job; bounded by SQS MaximumConcurrency");
 * }</pre>
 */
public final class LambdaLint {

    private LambdaLint() {}

    /**
     * The active findings at warning or worse on {@code stack} (and its nested stacks), with the
     * config of the nearest {@code .lambdalint.yaml}: what would make {@code lambdalint check} fail.
     * Synthesizes the stack's app (or stage) if it was not synthesized yet; like the CDK's own
     * {@code Template.fromStack}, it sees the app as it was at its first synthesis, so build the whole
     * app (suppressions included) before checking.
     */
    public static List<ReportedFinding> check(Stack stack) {
        return check(stack, config(), Severity.WARNING);
    }

    /**
     * As {@link #check(Stack)}, judged as of {@code today} (the command line's {@code --date}): a test
     * that pins the date does not turn red on its own when a runtime enters its deprecation window.
     */
    public static List<ReportedFinding> check(Stack stack, LocalDate today) {
        return check(stack, config(), Severity.WARNING, today);
    }

    /** The active findings at {@code atLeast} or worse on {@code stack}, judged with {@code config} as of today. */
    public static List<ReportedFinding> check(Stack stack, Config config, Severity atLeast) {
        return check(stack, config, atLeast, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * The active findings at {@code atLeast} or worse on {@code stack}, judged with {@code config} as of {@code today}.
     *
     * @throws IllegalStateException when a template could not be linted (what the command line reports as
     *     LL001 with exit code 2, and the plugin as a failed synth); the message names the file and the problem
     */
    public static List<ReportedFinding> check(Stack stack, Config config, Severity atLeast, LocalDate today) {
        LintResult result = lint(stack, config, today);
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("lambdalint could not lint " + stack.getNode().getPath() + ":\n"
                    + String.join("\n", result.errors().stream()
                            .map(e -> e.file() + e.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("") + ": " + e.message())
                            .toList()));
        }
        return result.findings().stream()
                .filter(f -> !f.suppressed() && f.severity().atLeast(atLeast))
                .toList();
    }

    /** Everything the linter says about {@code stack}: findings of every severity, suppressed ones, input errors. */
    public static LintResult lint(Stack stack, Config config) {
        return lint(stack, config, LocalDate.now(ZoneOffset.UTC));
    }

    /** As {@link #lint(Stack, Config)}, as of {@code today}. */
    public static LintResult lint(Stack stack, Config config, LocalDate today) {
        Stack top = stack;
        while (top.getNestedStackParent() != null) {
            top = top.getNestedStackParent();
        }
        Stage stage = Stage.of(top);
        if (stage == null) {
            throw new IllegalArgumentException("Stack " + top.getNode().getPath() + " is not in an App or Stage: nothing to synthesize");
        }
        CloudAssembly assembly = stage.synth();
        Path template = Path.of(assembly.getStackArtifact(top.getArtifactId()).getTemplateFullPath());
        return AssemblyLint.lint(List.of(template), config, today, Path.of("").toAbsolutePath());
    }

    /**
     * Hardens every function in {@code scope} that the team did not build with {@link HardenedFunction}
     * ({@code Function}, {@code NodejsFunction}, {@code PythonFunction}, {@code DockerImageFunction}, L3
     * constructs, third-party libraries), with the policy of the nearest {@code .lambdalint.yaml}: memory at
     * the policy minimum for the runtime, a log group with retention, arm64 where the runtime has it, active
     * tracing. A function without reserved concurrency is a synth error (the number is the team's to choose)
     * unless a suppression on it says why. The CDK's own functions are left alone.
     *
     * <pre>{@code
     * LambdaLint.harden(app);
     * }</pre>
     */
    public static void harden(IConstruct scope) {
        harden(scope, config().policy());
    }

    /** As {@link #harden(IConstruct)}, with the defaults of {@code policy}. */
    public static void harden(IConstruct scope, Policy policy) {
        Aspects.of(scope).add(new HardeningAspect(policy), AspectOptions.builder().priority(AspectPriority.MUTATING).build());
    }

    /**
     * Suppresses {@code rule} (id or name) on {@code construct}'s CloudFormation resource (its own, or
     * the one its default child leads to, such as a Function's CfnFunction), with the reason written
     * beside it in the resource's {@code Metadata}, where the linter reads it.
     *
     * @throws IllegalArgumentException for a blank reason, an unknown rule, or a construct without a resource
     */
    public static void suppress(IConstruct construct, String rule, String reason) {
        SuppressionMetadata.suppress(construct, rule, reason);
    }

    /**
     * The config of the nearest {@code .lambdalint.yaml} from the working directory up to the
     * repository root (as {@code lambdalint check} finds it), or the defaults. Read once per process.
     *
     * @throws IllegalArgumentException when the file is invalid; the message names the key and what was expected
     */
    public static Config config() {
        return NearestConfig.get();
    }

    /**
     * Reads a lambdalint config file.
     *
     * @throws IllegalArgumentException when the file is unreadable or invalid
     */
    public static Config config(Path file) {
        return NearestConfig.read(file);
    }
}
