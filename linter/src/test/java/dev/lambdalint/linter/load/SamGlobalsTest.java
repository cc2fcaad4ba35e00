package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.parse.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SamGlobalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Runtime: python3.13
                MemorySize: 512
                Layers:
                  - arn:global-layer
                Environment:
                  Variables:
                    STAGE: prod
                    LOG_LEVEL: info
                VpcConfig: !If [UseVpc, {SubnetIds: [a]}, !Ref AWS::NoValue]
            Resources:
              Inherits:
                Type: AWS::Serverless::Function
              Overrides:
                Type: AWS::Serverless::Function
                Properties:
                  MemorySize: 1024
                  Layers:
                    - arn:own-layer
                  Environment:
                    Variables:
                      LOG_LEVEL: debug
                  VpcConfig:
                    SubnetIds: [b, c]
              IgnoresAll:
                Type: AWS::Serverless::Function
                IgnoreGlobals: "*"
                Properties:
                  Handler: x
              IgnoresMemory:
                Type: AWS::Serverless::Function
                IgnoreGlobals: [MemorySize]
                Properties:
                  Handler: x
              Plain:
                Type: AWS::Lambda::Function
                Properties:
                  Handler: x
            """;

    private final LoadedTemplate template;

    SamGlobalsTest() throws LoadException {
        template = new TemplateReader(ReadLimits.DEFAULT)
                .read(TEMPLATE.getBytes(StandardCharsets.UTF_8), "t.yaml", Optional.empty(), Map.of());
    }

    private JsonNode props(String id) {
        return template.template().root().path("Resources").path(id).path("Properties");
    }

    @Test
    void givesAFunctionWithoutPropertiesEveryGlobal() {
        assertThat(props("Inherits").path("MemorySize").asInt()).isEqualTo(512);
        assertThat(props("Inherits").path("Runtime").asText()).isEqualTo("python3.13");
    }

    @Test
    void reportsAnInheritedValueAtItsGlobalsLine() {
        assertThat(template.position("/Resources/Inherits/Properties/MemorySize")).isEqualTo(new Position(5, 5));
    }

    @Test
    void letsTheResourceWinForPrimitivesAndReportsItsOwnLine() {
        assertThat(props("Overrides").path("MemorySize").asInt()).isEqualTo(1024);
        assertThat(template.position("/Resources/Overrides/Properties/MemorySize")).isEqualTo(new Position(19, 7));
    }

    @Test
    void mergesMapsKeyByKeyWithTheResourceWinning() throws Exception {
        assertThat(props("Overrides").path("Environment").path("Variables"))
                .isEqualTo(JSON.readTree("{\"STAGE\":\"prod\",\"LOG_LEVEL\":\"debug\"}"));
        assertThat(template.position("/Resources/Overrides/Properties/Environment/Variables/STAGE")).isEqualTo(new Position(10, 9));
        assertThat(template.position("/Resources/Overrides/Properties/Environment/Variables/LOG_LEVEL")).isEqualTo(new Position(24, 11));
    }

    @Test
    void putsGlobalListEntriesFirst() {
        assertThat(props("Overrides").path("Layers").toString()).isEqualTo("[\"arn:global-layer\",\"arn:own-layer\"]");
        assertThat(template.position("/Resources/Overrides/Properties/Layers/0")).isEqualTo(new Position(7, 9));
        assertThat(template.position("/Resources/Overrides/Properties/Layers/1")).isEqualTo(new Position(21, 11));
    }

    @Test
    void treatsAnIntrinsicAsAPrimitive() throws Exception {
        assertThat(props("Overrides").path("VpcConfig")).isEqualTo(JSON.readTree("{\"SubnetIds\":[\"b\",\"c\"]}"));
        assertThat(props("Inherits").path("VpcConfig").has("Fn::If")).isTrue();
    }

    @Test
    void honoursIgnoreGlobals() {
        assertThat(props("IgnoresAll").has("MemorySize")).isFalse();
        assertThat(props("IgnoresAll").has("Runtime")).isFalse();
        assertThat(props("IgnoresMemory").has("MemorySize")).isFalse();
        assertThat(props("IgnoresMemory").path("Runtime").asText()).isEqualTo("python3.13");
    }

    @Test
    void leavesOtherResourceTypesAlone() {
        assertThat(props("Plain").has("MemorySize")).isFalse();
    }

    @Test
    void neverChangesTheGlobalsSection() throws Exception {
        assertThat(template.template().root().path("Globals").path("Function").path("Layers").toString())
                .isEqualTo("[\"arn:global-layer\"]");
    }
}
