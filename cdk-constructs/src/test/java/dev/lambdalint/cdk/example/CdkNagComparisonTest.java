package dev.lambdalint.cdk.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.config.Config;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;

/**
 * Keeps the comparison in docs/cdk.md honest: what cdk-nag's AwsSolutions pack reports on the same
 * example app, and that it does not cover what lambdalint checks (nor the reverse).
 */
class CdkNagComparisonTest {
    @TempDir
    static Path outdir;

    /** Non-compliant construct paths per cdk-nag rule, from the CSV reports cdk-nag writes beside the templates. */
    private static Map<String, Set<String>> nonCompliant;

    @BeforeAll
    static void synthesizeWithCdkNag() throws IOException {
        App app = App.Builder.create().outdir(outdir.toString()).stackTraces(false).build();
        Aspects.of(app).add(new AwsSolutionsChecks());
        ExampleApp.build(app, ExampleApp.HANDLERS, Config.DEFAULT);
        app.synth();
        nonCompliant = new TreeMap<>();
        try (Stream<Path> files = Files.list(outdir)) {
            for (Path csv : files.filter(p -> p.getFileName().toString().endsWith("-NagReport.csv")).toList()) {
                List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    // "Rule ID","Resource ID","Compliance",...: the first three fields hold no commas
                    String[] f = line.split("\",\"", 4);
                    if (f.length >= 3 && f[2].equals("Non-Compliant")) {
                        nonCompliant.computeIfAbsent(f[0].replace("\"", ""), k -> new TreeSet<>()).add(f[1]);
                    }
                }
            }
        }
    }

    @Test
    void cdkNagReportsIamSqsVpcAndRuntimeVersionRules() {
        assertThat(nonCompliant.keySet()).containsExactlyInAnyOrder(
                "AwsSolutions-IAM4", "AwsSolutions-IAM5", "AwsSolutions-L1",
                "AwsSolutions-SQS3", "AwsSolutions-SQS4", "AwsSolutions-VPC7");
    }

    @Test
    void onTheFunctionsThemselvesCdkNagOnlyAsksForTheLatestRuntime() {
        Set<String> onFunctions = new TreeSet<>();
        nonCompliant.forEach((rule, paths) -> paths.stream()
                .filter(p -> p.matches("[A-Za-z]+/[A-Za-z]+Function/Resource"))
                .forEach(p -> onFunctions.add(rule)));
        assertThat(onFunctions).containsExactly("AwsSolutions-L1");
        // Not the defaults lambdalint reports (128 MB, no reserved concurrency, an unbounded SQS source):
        assertThat(nonCompliant.values()).noneMatch(paths -> paths.contains("PlainFunctions/NodeFunction/Resource"));
        assertThat(nonCompliant.values()).noneMatch(paths -> paths.contains("PlainQueue/QueueFunction/Resource"));
    }

    @Test
    void theDeadLetterQueuesOfHardenedFunctionsRefusePlainHttp() {
        assertThat(nonCompliant.get("AwsSolutions-SQS4")).containsExactlyInAnyOrder(
                "HardenedQueue/Orders/Resource", "PlainQueue/Orders/Resource");
    }

    @Test
    void activeTracingOnHardenedFunctionsCostsAnIamWildcardFinding() {
        assertThat(nonCompliant.get("AwsSolutions-IAM5"))
                .isNotEmpty()
                .allMatch(p -> p.startsWith("Hardened") && p.endsWith("/ServiceRole/DefaultPolicy/Resource"));
    }
}
