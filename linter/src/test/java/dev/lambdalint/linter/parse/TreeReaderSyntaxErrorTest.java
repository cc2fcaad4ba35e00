package dev.lambdalint.linter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Syntax errors are reported where a person should look, in words about the template, not the parser. */
class TreeReaderSyntaxErrorTest {
    private final TreeReader reader = new TreeReader(ReadLimits.DEFAULT);

    private LoadException error(String text) {
        return catchThrowableOfType(LoadException.class, () -> reader.read(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aTabIsReportedOnItsOwnLineNotTheLineBefore() {
        LoadException e = error("Resources:\n  Fn:\n    Properties:\n\tRuntime: python3.13\n");

        assertThat(e.position()).contains(new Position(4, 1));
        assertThat(e.getMessage()).contains("TAB");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpensNotAtTheEndOfTheFile() {
        LoadException e = error("Resources:\n  Fn:\n    Properties:\n      Handler: \"app.handler\n      MemorySize: 512\n");

        assertThat(e.position()).contains(new Position(4, 16));
        assertThat(e.getMessage()).contains("file ends inside the quoted scalar").contains("closing quote");
    }

    @Test
    void aMisindentedLineSaysSo() {
        LoadException e = error("Resources:\n  Fn:\n    Properties:\n      Runtime: python3.13\n     Handler: app.handler\n");

        assertThat(e.position()).map(Position::line).contains(5);
        assertThat(e.getMessage()).contains("indentation");
    }

    @Test
    void aSecondYamlDocumentIsAnErrorAtItsSeparator() {
        LoadException e = error("Resources:\n  Fn:\n    Type: AWS::SQS::Queue\n---\nResources: {}\n");

        assertThat(e.position()).map(Position::line).contains(4);
        assertThat(e.getMessage()).contains("second YAML document");
    }

    @Test
    void anExplicitDocumentEndIsNotASecondDocument() throws LoadException {
        ParsedTree tree = reader.read("---\nResources:\n  Fn:\n    Type: AWS::SQS::Queue\n...\n".getBytes(StandardCharsets.UTF_8));

        assertThat(tree.root().path("Resources").has("Fn")).isTrue();
    }

    @Test
    void aTrailingCommaInJsonIsReportedAtTheComma() {
        LoadException e = error("{\n  \"Resources\": {\n    \"Fn\": {\"Type\": \"AWS::SQS::Queue\"},\n  }\n}\n");

        assertThat(e.position()).contains(new Position(3, 38));
        assertThat(e.getMessage()).contains("comma before the closing '}'");
    }

    @Test
    void anUnclosedJsonFileIsReportedAtTheEndOfItsTextWithoutParserInternals() {
        LoadException e = error("{\n  \"Resources\": {\n    \"Fn\": {\"Type\": \"AWS::SQS::Queue\"}\n\n\n");

        assertThat(e.position()).contains(new Position(3, 37));
        assertThat(e.getMessage())
                .contains("the object that starts at line 2, column 16 is closed")
                .doesNotContain("Source").doesNotContain("REDACTED");
    }

    @Test
    void jsonMessagesDoNotNameParserFeatures() {
        LoadException comment = error("{\n  \"Resources\": {} // none yet\n}\n");
        LoadException nan = error("{\n  \"Resources\": {\"Fn\": {\"Properties\": {\"MemorySize\": NaN}}}\n}\n");

        assertThat(comment.getMessage()).contains("comments are not allowed").doesNotContain("Feature");
        assertThat(comment.position()).map(Position::line).contains(2);
        assertThat(nan.getMessage()).doesNotContain("JsonReadFeature").doesNotContain("enable");
    }

    @Test
    void contentAfterTheJsonTemplateIsAnError() {
        LoadException stray = error("{\n  \"Resources\": {}\n}\n}\n");
        LoadException second = error("{\"Resources\": {}}\n{\"Resources\": {}}\n");

        assertThat(stray.position()).map(Position::line).contains(4);
        assertThat(second.position()).map(Position::line).contains(2);
        assertThat(second.getMessage()).contains("more content after the end");
    }
}
