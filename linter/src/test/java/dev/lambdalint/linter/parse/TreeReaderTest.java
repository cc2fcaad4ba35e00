package dev.lambdalint.linter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreeReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TreeReader reader = new TreeReader(ReadLimits.DEFAULT);

    private ParsedTree read(String text) throws LoadException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            !Ref Bucket                 | {"Ref":"Bucket"}
            !Condition IsProd           | {"Condition":"IsProd"}
            !GetAtt Queue.Arn           | {"Fn::GetAtt":["Queue","Arn"]}
            !GetAtt Db.Endpoint.Address | {"Fn::GetAtt":["Db","Endpoint.Address"]}
            !GetAtt [Queue, Arn]        | {"Fn::GetAtt":["Queue","Arn"]}
            !Sub 'arn:${AWS::Partition}'| {"Fn::Sub":"arn:${AWS::Partition}"}
            !Join [',', [a, b]]         | {"Fn::Join":[",",["a","b"]]}
            !Select [0, !GetAZs '']     | {"Fn::Select":[0,{"Fn::GetAZs":""}]}
            !Split [',', 'a,b']         | {"Fn::Split":[",","a,b"]}
            !If [C, 1, 2]               | {"Fn::If":["C",1,2]}
            !Equals [a, b]              | {"Fn::Equals":["a","b"]}
            !And [!Condition A, !Condition B] | {"Fn::And":[{"Condition":"A"},{"Condition":"B"}]}
            !Or [!Condition A, !Condition B]  | {"Fn::Or":[{"Condition":"A"},{"Condition":"B"}]}
            !Not [!Condition A]         | {"Fn::Not":[{"Condition":"A"}]}
            !FindInMap [M, k, v]        | {"Fn::FindInMap":["M","k","v"]}
            !Base64 hello               | {"Fn::Base64":"hello"}
            !Cidr [10.0.0.0/16, 4, 8]   | {"Fn::Cidr":["10.0.0.0/16",4,8]}
            !ImportValue shared-vpc     | {"Fn::ImportValue":"shared-vpc"}
            !Transform {Name: X}        | {"Fn::Transform":{"Name":"X"}}
            !GetStackOutput {StackName: s, OutputName: o} | {"Fn::GetStackOutput":{"StackName":"s","OutputName":"o"}}
            !Contains [[a, b], !Ref P]  | {"Fn::Contains":[["a","b"],{"Ref":"P"}]}
            !EachMemberEquals [!RefAll 'AWS::EC2::VPC::Id', v] | {"Fn::EachMemberEquals":[{"Fn::RefAll":"AWS::EC2::VPC::Id"},"v"]}
            !EachMemberIn [!ValueOfAll ['AWS::EC2::Subnet::Id', VpcId], [v]] | {"Fn::EachMemberIn":[{"Fn::ValueOfAll":["AWS::EC2::Subnet::Id","VpcId"]},["v"]]}
            !ValueOf [Subnet, VpcId]    | {"Fn::ValueOf":["Subnet","VpcId"]}
            """)
    void turnsEveryShortFormTagIntoItsLongForm(String yaml, String expected) throws Exception {
        JsonNode root = read("v: " + yaml + "\n").root();
        assertThat(root.get("v")).isEqualTo(json(expected));
    }

    @Test
    void recordsKeyPositionsInYaml() throws Exception {
        ParsedTree tree = read("""
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      MemorySize: 64
                      Layers:
                        - arn:one
                        - arn:two
                """);
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn")).isEqualTo(new Position(2, 3));
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn/Properties/MemorySize")).isEqualTo(new Position(5, 7));
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn/Properties/Layers/1")).isEqualTo(new Position(8, 11));
    }

    @Test
    void recordsKeyPositionsInJson() throws Exception {
        ParsedTree tree = read("""
                {
                  "Resources": {
                    "Fn": {"Type": "AWS::Lambda::Function",
                           "Properties": {"MemorySize": {"Fn::If": ["C", 64, 256]}}}
                  }
                }
                """);
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn")).isEqualTo(new Position(3, 5));
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn/Properties/MemorySize")).isEqualTo(new Position(4, 27));
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn/Properties/MemorySize/Fn::If/1")).isEqualTo(new Position(4, 58));
    }

    @Test
    void recordsWhereYamlValuesEnd() throws Exception {
        ParsedTree tree = read("""
                Resources:
                  Fn:   # a comment
                    Type: AWS::Lambda::Function
                    Properties:
                      MemorySize: 64   # trailing
                      Handler: "app.handler"
                      Role: !GetAtt Role.Arn
                      Code: |
                        def handler(e, c):
                          return 1

                      Layers:
                        - arn:one
                        - {Ref: Two}
                """);
        SourceMap map = tree.sourceMap();
        JsonNode root = tree.root();
        assertThat(map.findSpan(root, "/Resources/Fn")).isEqualTo(new Span(2, 3, 2, 5));
        assertThat(map.findSpan(root, "/Resources/Fn/Properties/MemorySize")).isEqualTo(new Span(5, 7, 5, 21));
        assertThat(map.findSpan(root, "/Resources/Fn/Properties/Handler")).isEqualTo(new Span(6, 7, 6, 29));
        assertThat(map.findSpan(root, "/Resources/Fn/Properties/Role")).isEqualTo(new Span(7, 7, 7, 29));
        assertThat(map.findSpan(root, "/Resources/Fn/Properties/Code")).isEqualTo(new Span(8, 7, 11, 0));
        assertThat(map.findSpan(root, "/Resources/Fn/Properties/Layers/0")).isEqualTo(new Span(13, 11, 13, 18));
        assertThat(map.findSpan(root, "/Resources/Fn/Properties/Layers/1")).isEqualTo(new Span(14, 11, 14, 0));
        assertThat(map.findSpan(root, "/Resources/Fn/Properties/Timeout")).isEqualTo(new Span(4, 5, 4, 15));
    }

    @Test
    void recordsWhereJsonValuesEnd() throws Exception {
        ParsedTree tree = read("""
                {"Resources": {
                  "Fn": {"Type": "AWS::Lambda::Function",
                         "Properties": {"MemorySize": 64, "Handler": "a\\"b"}}}}
                """);
        SourceMap map = tree.sourceMap();
        assertThat(map.findSpan(tree.root(), "/Resources/Fn")).isEqualTo(new Span(2, 3, 2, 7));
        assertThat(map.findSpan(tree.root(), "/Resources/Fn/Properties/MemorySize")).isEqualTo(new Span(3, 25, 3, 41));
        assertThat(map.findSpan(tree.root(), "/Resources/Fn/Properties/Handler")).isEqualTo(new Span(3, 43, 3, 60));
    }

    @Test
    void positionsTheBranchOfAShortFormIf() throws Exception {
        ParsedTree tree = read("""
                MemorySize: !If
                  - IsProd
                  - 2048
                  - 64
                """);
        assertThat(tree.sourceMap().find(tree.root(), "/MemorySize/Fn::If/2")).isEqualTo(new Position(4, 5));
        assertThat(tree.sourceMap().find(tree.root(), "/MemorySize/Fn::If")).isEqualTo(new Position(1, 13));
    }

    @Test
    void fallsBackToTheDeepestKnownPositionForAMissingProperty() throws Exception {
        ParsedTree tree = read("""
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                """);
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn/Properties/MemorySize")).isEqualTo(new Position(2, 3));
    }

    @Test
    void keepsQuotedNumbersAsStringsAndPlainOnesAsNumbers() throws Exception {
        JsonNode root = read("a: 512\nb: '512'\nc: !!str 512\nd:\ne: 1.5\n").root();
        assertThat(root.get("a").isInt()).isTrue();
        assertThat(root.get("b").isTextual()).isTrue();
        assertThat(root.get("c").isTextual()).isTrue();
        assertThat(root.get("d").isNull()).isTrue();
        assertThat(root.get("e").isDouble()).isTrue();
    }

    @Test
    void expandsAliasesToTheAnchoredValue() throws Exception {
        JsonNode root = read("""
                common: &vpc
                  SubnetIds: [a, b]
                fn:
                  VpcConfig: *vpc
                """).root();
        assertThat(root.path("fn").path("VpcConfig")).isEqualTo(json("{\"SubnetIds\":[\"a\",\"b\"]}"));
    }

    @Test
    void mergesYamlMergeKeysWithTheMappingsOwnKeysWinning() throws Exception {
        // sam deploy and aws cloudformation package expand merge keys; teams share function settings this way.
        ParsedTree tree = read("""
                Resources:
                  First:
                    Properties: &common
                      Runtime: nodejs22.x
                      MemorySize: 1024
                      Timeout: 25
                  Second:
                    Properties:
                      <<: *common
                      Timeout: 40
                """);
        JsonNode second = tree.root().path("Resources").path("Second").path("Properties");
        assertThat(second).isEqualTo(json("{\"Timeout\":40,\"Runtime\":\"nodejs22.x\",\"MemorySize\":1024}"));
        // A merged value points at the line it was written on, in the anchored mapping.
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Second/Properties/MemorySize")).isEqualTo(new Position(5, 7));
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Second/Properties/Timeout")).isEqualTo(new Position(10, 7));
    }

    @Test
    void mergesAListOfMergeKeysWithTheFirstWinning() throws Exception {
        JsonNode root = read("""
                a: &a {x: 1, y: 1}
                b: &b {y: 2, z: 2}
                c:
                  <<: [*a, *b]
                """).root();
        assertThat(root.get("c")).isEqualTo(json("{\"x\":1,\"y\":1,\"z\":2}"));
    }

    @Test
    void refusesAnAliasBombQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(p);
            }
            yaml.append("]\n");
        }
        assertThatThrownBy(() -> read(yaml.toString()))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("alias bomb");
    }

    @Test
    void keepsTheLastValueOfADuplicateKeyAtItsPositionAndNamesBothLines() throws Exception {
        ParsedTree tree = read("""
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                  Queue:
                    Type: AWS::SQS::Queue
                  Fn:
                    Type: AWS::SNS::Topic
                """);
        // CloudFormation deploys the last one, in JSON as in YAML; the first is gone.
        assertThat(tree.root().at("/Resources/Fn/Type").asText()).isEqualTo("AWS::SNS::Topic");
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn")).isEqualTo(new Position(6, 3));
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Fn/Type")).isEqualTo(new Position(7, 5));
        assertThat(tree.sourceMap().find(tree.root(), "/Resources/Queue")).isEqualTo(new Position(4, 3));
        assertThat(tree.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/Resources/Fn");
            assertThat(p.message()).contains("'Fn' appears twice").contains("lines 2 and 6")
                    .contains("CloudFormation keeps the last value");
        });
    }

    @Test
    void findsDuplicateKeysInJsonAndUnderShortFormTags() throws Exception {
        ParsedTree json = read("{\"a\": 1,\n \"a\": 2}");
        assertThat(json.root().get("a").asInt()).isEqualTo(2);
        assertThat(json.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/a");
            assertThat(p.message()).contains("lines 1 and 2");
        });
        ParsedTree tagged = read("""
                v: !If
                  - C
                  - {Size: 1, Size: 2}
                  - 3
                """);
        assertThat(tagged.problems()).singleElement().extracting(p -> p.pointer()).isEqualTo("/v/Fn::If/1/Size");
    }

    @Test
    void rejectsUnknownTagsAndGetAttWithoutDot() {
        assertThatThrownBy(() -> read("v: !Reff X\n")).hasMessageContaining("unknown tag !Reff");
        assertThatThrownBy(() -> read("v: !GetAtt Queue\n")).hasMessageContaining("Resource.Attribute");
    }

    @Test
    void reportsYamlSyntaxErrorsWithAPosition() {
        assertThatThrownBy(() -> read("a: [1, 2\nb: x\n"))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("YAML syntax:")
                .satisfies(e -> assertThat(((LoadException) e).position()).isPresent());
    }

    @Test
    void reportsJsonSyntaxErrorsWithAPosition() {
        assertThatThrownBy(() -> read("{\"a\": 1,,}"))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("JSON syntax:")
                .satisfies(e -> assertThat(((LoadException) e).position()).map(Position::line).contains(1));
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> read(deep)).isInstanceOf(LoadException.class).hasMessageContaining("nesting");
        String deepYaml = "a:\n" + " - ".repeat(1).repeat(1) + "[".repeat(3000) + "]".repeat(3000) + "\n";
        assertThatThrownBy(() -> read(deepYaml)).isInstanceOf(LoadException.class);
    }

    @Test
    void readsUtf8WithBomAndUtf16() throws Exception {
        byte[] body = "Resources: {}\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(reader.read(withBom).root().has("Resources")).isTrue();

        byte[] utf16 = ("\uFEFFResources: {}\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(reader.read(utf16).root().has("Resources")).isTrue();
    }

    @Test
    void refusesInvalidUtf8AndBinaryFiles() {
        assertThatThrownBy(() -> reader.read(new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}))
                .hasMessageContaining("invalid UTF-8");
        assertThatThrownBy(() -> reader.read(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0}))
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> reader.read("  \n\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("empty");
    }

    @Test
    void refusesFilesOverTheSizeLimit() {
        TreeReader small = new TreeReader(new ReadLimits(1024, 64, 10_000));
        assertThatThrownBy(() -> small.read(new byte[2048])).hasMessageContaining("more than the 1024 bytes");
    }
}
