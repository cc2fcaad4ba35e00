package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ParsedTree;
import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.parse.TreeReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Positions are numbered by member order; lookups by key must land on the right member whatever the size. */
class SourceMapTest {
    private final TreeReader reader = new TreeReader(ReadLimits.DEFAULT);

    private ParsedTree read(String text) throws LoadException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsEveryMemberOfAMappingLargerThanTheScanLimit() throws Exception {
        StringBuilder yaml = new StringBuilder("Resources:\n");
        for (int i = 0; i < 300; i++) {
            yaml.append("  Fn").append(i).append(":\n    Type: AWS::Lambda::Function\n");
        }
        ParsedTree tree = read(yaml.toString());
        for (int i = 0; i < 300; i++) {
            assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn" + i))
                    .as("Fn%d", i)
                    .isEqualTo(new Position(2 + 2 * i, 3));
            assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn" + i + "/Type"))
                    .isEqualTo(new Position(3 + 2 * i, 5));
        }
    }

    @Test
    void aMissingKeyOfALargeMappingFallsBackToTheMappingItself() throws Exception {
        StringBuilder yaml = new StringBuilder("Resources:\n");
        for (int i = 0; i < 20; i++) {
            yaml.append("  Fn").append(i).append(": {Type: X}\n");
        }
        ParsedTree tree = read(yaml.toString());
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Missing/Properties")).isEqualTo(new Position(1, 1));
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn19/Properties")).isEqualTo(new Position(21, 3));
    }

    @Test
    void findsKeysThatNeedEscapingInAPointer() throws Exception {
        ParsedTree tree = read("""
                Outputs:
                  a/b: 1
                  c~d: 2
                """);
        assertThat(tree.sourceMap().find(tree.root(), "/Outputs/a~1b")).isEqualTo(new Position(2, 3));
        assertThat(tree.sourceMap().find(tree.root(), "/Outputs/c~0d")).isEqualTo(new Position(3, 3));
    }

    @Test
    void keepsPositionsOfMembersSamGlobalsMergeIntoAFunction() throws Exception {
        ParsedTree tree = read("""
                Globals:
                  Function:
                    Timeout: 30
                    Environment:
                      Variables: {A: 1}
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: app.handler
                      Environment:
                        Variables: {B: 2}
                """);
        SamGlobals.merge(tree.root(), tree.sourceMap());
        String fn = "/Resources/Fn/Properties";
        assertThat(tree.sourceMap().find(tree.root(), fn + "/Timeout")).isEqualTo(new Position(3, 5));
        assertThat(tree.sourceMap().find(tree.root(), fn + "/Handler")).isEqualTo(new Position(10, 7));
        assertThat(tree.sourceMap().find(tree.root(), fn + "/Environment/Variables/A")).isEqualTo(new Position(5, 19));
        assertThat(tree.sourceMap().find(tree.root(), fn + "/Environment/Variables/B")).isEqualTo(new Position(12, 21));
    }
}
