package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken input generated rather than committed: every prefix of valid templates (a file cut short at
 * any byte, as an interrupted write or a truncated upload leaves it), and documents at the edge of the
 * read limits. Each must give a template or a one-line {@link LoadException} at a place inside the
 * text; nothing else may escape, and a rule must not fail on whatever the loader accepts.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileLoadTest {
    private final TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "fixtures/examples/cfn-app/template.json",
        "fixtures/rules/LL001-template-invalid/good.json",
        "fixtures/examples/sam-app/template.yaml",
        "fixtures/rules/LL001-template-invalid/good.yaml",
        "fixtures/rules/LL001-template-invalid/good-intrinsics.yaml"})
    void givesATemplateOrAClearErrorForEveryPrefix(String file) throws IOException {
        byte[] whole = Files.readAllBytes(Path.of(file));
        boolean json = file.endsWith(".json");
        int lastBrace = new String(whole, StandardCharsets.UTF_8).lastIndexOf('}');
        for (int length = 0; length <= whole.length; length++) {
            byte[] prefix = Arrays.copyOf(whole, length);
            try {
                LoadedTemplate read = reader.read(prefix, "cut", Optional.empty(), Map.of());
                if (json && length <= lastBrace) {
                    fail("the first %d bytes of %s are not a JSON document, but they were read", length, file);
                }
                // The model and every rule on whatever was read.
                LoaderFuzzTest.lint(read);
            } catch (LoadException e) {
                LoaderFuzzTest.assertClear(e);
                long lines = new String(prefix, StandardCharsets.UTF_8).lines().count();
                e.position().ifPresent(p -> assertThat(p.line()).as("line of '%s' in %d bytes", e.getMessage(), prefix.length)
                        .isBetween(1, (int) lines + 1));
            }
        }
    }

    @Test
    void readsATemplateAtCloudFormationsOwnLimits() throws LoadException {
        // 500 resources (CloudFormation's most) in just under 1 MB (its largest template body).
        StringBuilder yaml = new StringBuilder("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n");
        String padding = "x".repeat(1700);
        for (int i = 0; i < 500; i++) {
            yaml.append("  Fn").append(i).append(":\n    Type: AWS::Lambda::Function\n    Properties:\n")
                    .append("      Runtime: python3.13\n      MemorySize: 1024\n      Description: ").append(padding).append('\n')
                    .append("      Environment: {Variables: {A: [1, [2, [3, [4, {B: {C: {D: deep}}}]]]]}}\n");
        }
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isBetween(900_000, 1_000_000);
        LoadedTemplate t = reader.read(bytes, "big.yaml", Optional.empty(), Map.of());
        assertThat(t.template().root().path("Resources").size()).isEqualTo(500);
    }

    @Test
    void refusesDeepNestingUntilTheLimitIsRaised() throws IOException, LoadException {
        byte[] deep = Files.readAllBytes(Path.of("fixtures/hostile/deep-nesting.json"));
        assertThatThrownBy(() -> reader.read(deep, "deep", Optional.empty(), Map.of()))
                .hasMessage("nesting deeper than 256 levels; raise input.maxDepth in .lambdalint.yaml if it is really a template");
        TemplateReader raised = new TemplateReader(new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), 20_000, ReadLimits.DEFAULT.maxNodes()));
        assertThat(raised.read(deep, "deep", Optional.empty(), Map.of()).template().root().path("Resources").has("Deep")).isTrue();
    }

    @Test
    void refusesAnAliasBombQuicklyAndExpandsWhatFitsTheNodeLimit() throws LoadException {
        // Five levels of ten aliases each: 100,000 nodes once expanded.
        StringBuilder yaml = new StringBuilder("Metadata:\n  l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (int i = 1; i < 5; i++) {
            yaml.append("  l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
        }
        yaml.append("Resources:\n  Q: {Type: AWS::SQS::Queue}\n");
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        TemplateReader small = new TemplateReader(new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), 256, 50_000));
        assertThatThrownBy(() -> small.read(bytes, "bomb", Optional.empty(), Map.of()))
                .hasMessageStartingWith("the document expands to more than 50000 nodes");
        assertThat(reader.read(bytes, "bomb", Optional.empty(), Map.of()).template().root().path("Metadata").path("l4").size())
                .isEqualTo(10);
    }

    @Test
    void refusesTheBillionLaughsFixtureByTheNodeCount() throws IOException {
        byte[] bomb = Files.readAllBytes(Path.of("fixtures/hostile/alias-bomb.yaml"));
        assertThatThrownBy(() -> reader.read(bomb, "bomb", Optional.empty(), Map.of()))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("the document expands to more than 4000000 nodes");
    }

    @Test
    void readsUtf16BigEndianWithItsByteOrderMark() throws LoadException {
        byte[] text = "Resources:\n  Q: {Type: AWS::SQS::Queue}\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(text, 0, bytes, 2, text.length);
        assertThat(reader.read(bytes, "be", Optional.empty(), Map.of()).template().root().path("Resources").has("Q")).isTrue();
    }
}
