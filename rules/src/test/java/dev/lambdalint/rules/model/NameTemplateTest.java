package dev.lambdalint.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameTemplateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Optional<String> of(String json) throws Exception {
        JsonNode node = JSON.readTree(json.replace('\'', '"'));
        return NameTemplate.of(node);
    }

    @Test
    void writesSubJoinAndRefOfTheSameNameTheSameWay() throws Exception {
        assertThat(of("'/aws/lambda/orders'")).contains("/aws/lambda/orders");
        assertThat(of("{'Fn::Sub': '/aws/lambda/${Fn}'}")).contains("/aws/lambda/${Fn}");
        assertThat(of("{'Fn::Sub': '/aws/lambda/${ Fn }'}")).contains("/aws/lambda/${Fn}");
        assertThat(of("{'Fn::Join': ['', ['/aws/lambda/', {'Ref': 'Fn'}]]}")).contains("/aws/lambda/${Fn}");
        assertThat(of("{'Fn::Join': ['/', ['/aws/lambda', {'Ref': 'Fn'}]]}")).contains("/aws/lambda/${Fn}");
        assertThat(of("{'Fn::Sub': ['/aws/lambda/${Name}', {'Name': {'Ref': 'Fn'}}]}")).contains("/aws/lambda/${Fn}");
        assertThat(of("{'Fn::Join': ['-', [{'Ref': 'AWS::StackName'}, 'worker']]}")).contains("${AWS::StackName}-worker");
        assertThat(of("{'Fn::GetAtt': ['Fn', 'Arn']}")).contains("${Fn.Arn}");
    }

    @Test
    void keepsTheEscapeOfSubAsLiteralText() throws Exception {
        assertThat(of("{'Fn::Sub': 'a-${!Literal}-${X}'}")).contains("a-${Literal}-${X}");
    }

    @Test
    void givesNothingForNamesOnlyADeploymentKnows() throws Exception {
        assertThat(of("{'Fn::ImportValue': 'shared-log-group'}")).isEmpty();
        assertThat(of("{'Fn::Join': ['', ['/aws/lambda/', {'Fn::ImportValue': 'x'}]]}")).isEmpty();
        assertThat(of("{'Fn::If': ['C', 'a', 'b']}")).isEmpty();
    }
}
