package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.rules.model.Suppression;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InlineSuppressionsTest {
    private final TemplateReader reader = new TemplateReader(ReadLimits.DEFAULT);

    private List<Suppression> read(String text) throws LoadException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "t.yaml", Optional.empty(), Map.of())
                .template().inlineSuppressions();
    }

    @Test
    void coversAResourceFromItsLine() throws Exception {
        List<Suppression> s = read("""
                Resources:
                  Fn:   # lambdalint: suppress LL301 -- batch job
                    Type: AWS::Lambda::Function
                """);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).rule()).contains("LL301");
        assertThat(s.get(0).reason()).contains("batch job");
        assertThat(s.get(0).resource()).isEqualTo("Fn");
        assertThat(s.get(0).properties()).isEmpty();
        assertThat(s.get(0).inline()).isTrue();
        assertThat(s.get(0).covers("Fn", "/Resources/Queue/Properties/VisibilityTimeout")).isTrue();
        assertThat(s.get(0).covers("Other", "/Resources/Other")).isFalse();
    }

    @Test
    void coversAPropertyAndWhatLiesBelowIt() throws Exception {
        List<Suppression> s = read("""
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      VpcConfig:   # lambdalint: suppress LL402, LL401 -- lab account, one AZ
                        SubnetIds: [subnet-1]
                """);
        assertThat(s).extracting(x -> x.rule().get()).containsExactly("LL402", "LL401");
        Suppression first = s.get(0);
        assertThat(first.properties()).containsExactly("/Resources/Fn/Properties/VpcConfig");
        assertThat(first.resource()).isEqualTo("Fn");
        assertThat(first.at().pointer()).isEqualTo("/Resources/Fn/Properties/VpcConfig");
        assertThat(first.covers("Fn", "/Resources/Fn/Properties/VpcConfig/SubnetIds")).isTrue();
        assertThat(first.covers("Fn", "/Resources/Fn/Properties/VpcConfigX")).isFalse();
        assertThat(first.covers("Fn", "/Resources/Fn")).isFalse();
    }

    @Test
    void ignoresTheMarkerInsideStringsAndBlockScalars() throws Exception {
        assertThat(read("""
                Description: "not # lambdalint: suppress LL301 -- a comment"
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Code:
                        ZipFile: |
                          # lambdalint: suppress LL301 -- python comment in inline code
                      Handler: 'x # lambdalint: suppress LL301 -- quoted'
                """)).isEmpty();
    }

    @Test
    void readsWindowsLineEndingsAndAFlowMappingLine() throws Exception {
        List<Suppression> s = read("Resources:\r\n  Fn: {Type: AWS::Lambda::Function}   # lambdalint: suppress LL301 -- flow style\r\n");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).resource()).isEqualTo("Fn");
        assertThat(s.get(0).properties()).isEmpty();
        assertThat(s.get(0).reason()).contains("flow style");
    }

    @Test
    void findsNothingInJsonOrWithoutTheMarker() throws Exception {
        assertThat(read("{\"Resources\": {\"Fn\": {\"Type\": \"x\", \"Description\": \"# lambdalint: suppress LL301 -- no\"}}}")).isEmpty();
        assertThat(read("Resources:\n  Fn:   # an ordinary comment\n    Type: x\n")).isEmpty();
    }

    @Test
    void looksNoFurtherThanTheTextWhenTheMarkerIsAbsent() {
        // No tree and no source map: a file without the marker must not need either.
        assertThat(InlineSuppressions.find("Resources:\n  Fn:   # lambdalint is great\n", null, null)).isEmpty();
        assertThat(InlineSuppressions.find("Resources: {}\n", null, null)).isEmpty();
    }

    @Test
    void aGlobalsLineReachesEveryFunctionThatInheritsIt() throws Exception {
        List<Suppression> s = read("""
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    MemorySize: 4096   # lambdalint: suppress LL104 -- pipelines use every core
                Resources:
                  A:
                    Type: AWS::Serverless::Function
                  B:
                    Type: AWS::Serverless::Function
                    Properties:
                      MemorySize: 512
                """);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).properties()).containsExactly(
                "/Globals/Function/MemorySize", "/Resources/A/Properties/MemorySize");
        assertThat(s.get(0).at().pointer()).isEqualTo("/Globals/Function/MemorySize");
    }
}
