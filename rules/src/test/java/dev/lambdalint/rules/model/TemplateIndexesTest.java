package dev.lambdalint.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The indexes rules use instead of scanning all resources per function. */
class TemplateIndexesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TemplateModel model(String json) throws Exception {
        return TemplateModel.of(new Template("t.json", JSON.readTree(json.replace('\'', '"'))));
    }

    private static final String FN = "{'Type': 'AWS::Lambda::Function', 'Properties': {'Runtime': 'python3.13'}}";

    @Test
    void findsTheDefaultLogGroupOfAFunctionByRefByNameAndCdkLogRetention() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Orders': %s,
                  'Named': {'Type': 'AWS::Lambda::Function', 'Properties': {'FunctionName': {'Fn::Sub': '${AWS::StackName}-named'}}},
                  'Cdk': %s,
                  'OrdersLogs': {'Type': 'AWS::Logs::LogGroup',
                    'Properties': {'LogGroupName': {'Fn::Join': ['', ['/aws/lambda/', {'Ref': 'Orders'}]]}, 'RetentionInDays': 30}},
                  'NamedLogs': {'Type': 'AWS::Logs::LogGroup',
                    'Properties': {'LogGroupName': {'Fn::Sub': '/aws/lambda/${AWS::StackName}-named'}}},
                  'CdkRetention': {'Type': 'Custom::LogRetention',
                    'Properties': {'LogGroupName': {'Fn::Join': ['', ['/aws/lambda/', {'Ref': 'Cdk'}]]}, 'RetentionInDays': 14}}
                }}""".formatted(FN, FN));
        LogGroupIndex groups = m.logGroups();
        assertThat(groups.defaultGroupsOf(m.function("Orders").orElseThrow()))
                .extracting(LogGroup::logicalId, LogGroup::hasRetention).containsExactly(org.assertj.core.groups.Tuple.tuple("OrdersLogs", true));
        assertThat(groups.defaultGroupsOf(m.function("Named").orElseThrow()))
                .extracting(LogGroup::logicalId, LogGroup::hasRetention).containsExactly(org.assertj.core.groups.Tuple.tuple("NamedLogs", false));
        assertThat(groups.defaultGroupsOf(m.function("Cdk").orElseThrow()))
                .extracting(LogGroup::logicalId).containsExactly("CdkRetention");
        assertThat(m.logGroups()).isSameAs(groups);
    }

    @Test
    void findsTheLogGroupThatLoggingConfigNames() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Logs': {'Type': 'AWS::Logs::LogGroup', 'Properties': {'LogGroupName': 'orders-json', 'RetentionInDays': 7}},
                  'Unnamed': {'Type': 'AWS::Logs::LogGroup', 'Properties': {}}
                }}""");
        LogGroupIndex groups = m.logGroups();
        assertThat(groups.designatedBy(new Value(JSON.readTree("{\"Ref\": \"Unnamed\"}"), "/p")))
                .map(LogGroup::logicalId).contains("Unnamed");
        assertThat(groups.designatedBy(new Value(JSON.readTree("\"orders-json\""), "/p")))
                .map(LogGroup::logicalId).contains("Logs");
        assertThat(groups.designatedBy(new Value(JSON.readTree("\"elsewhere\""), "/p"))).isEmpty();
    }

    @Test
    void indexesEventInvokeConfigsByTheFunctionTheyConfigure() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Fn': %s,
                  'Other': %s,
                  'Config': {'Type': 'AWS::Lambda::EventInvokeConfig',
                    'Properties': {'FunctionName': {'Ref': 'Fn'}, 'Qualifier': '$LATEST'}}
                }}""".formatted(FN, FN));
        assertThat(m.eventInvokeConfigsOf("Fn")).extracting(Resource::logicalId).containsExactly("Config");
        assertThat(m.eventInvokeConfigsOf("Other")).isEmpty();
    }

    @Test
    void readsIntegrationTimeoutsOfSamEventsAndApiResources() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Fn': {'Type': 'AWS::Serverless::Function', 'Properties': {'Events': {
                    'Rest': {'Type': 'Api', 'Properties': {'Path': '/a', 'Method': 'get'}},
                    'Http': {'Type': 'HttpApi', 'Properties': {'TimeoutInMillis': 5000}}}}},
                  'Plain': %s,
                  'Ws': {'Type': 'AWS::ApiGatewayV2::Api', 'Properties': {'ProtocolType': 'WEBSOCKET'}},
                  'WsIntegration': {'Type': 'AWS::ApiGatewayV2::Integration',
                    'Properties': {'ApiId': {'Ref': 'Ws'}, 'IntegrationUri': {'Fn::GetAtt': ['Plain', 'Arn']}}},
                  'Async': {'Type': 'AWS::ApiGateway::Method', 'Properties': {'Integration': {
                    'Uri': {'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Plain.Arn}/invocations'},
                    'RequestParameters': {'integration.request.header.X-Amz-Invocation-Type': '\\u0027Event\\u0027'}}}}
                }}""".formatted(FN));
        List<IntegrationTimeout> sam = m.function("Fn").orElseThrow().eventSources().stream()
                .flatMap(s -> m.integrationTimeouts(s).stream()).toList();
        assertThat(sam).extracting(IntegrationTimeout::protocol).containsExactly(ApiProtocol.REST, ApiProtocol.HTTP);
        assertThat(sam.get(0).explicit()).isEmpty();
        assertThat(sam.get(1).explicit()).map(IntegerCandidate::value).contains(5000L);

        List<IntegrationTimeout> plain = m.function("Plain").orElseThrow().eventSources().stream()
                .flatMap(s -> m.integrationTimeouts(s).stream()).toList();
        assertThat(plain).extracting(IntegrationTimeout::protocol, IntegrationTimeout::explicit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ApiProtocol.WEBSOCKET, Optional.empty()));
    }

    @Test
    void findsTheQueueOfAnSqsSourceOnlyWhenItIsAQueueOfThisTemplate() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Q': {'Type': 'AWS::SQS::Queue'},
                  'Fn': {'Type': 'AWS::Serverless::Function', 'Properties': {'Events': {
                    'Mine': {'Type': 'SQS', 'Properties': {'Queue': {'Fn::GetAtt': ['Q', 'Arn']}}},
                    'Theirs': {'Type': 'SQS', 'Properties': {'Queue': 'arn:aws:sqs:us-east-1:123456789012:theirs'}}}}}
                }}""");
        assertThat(m.function("Fn").orElseThrow().eventSources().stream().map(m::sqsQueueOf).toList())
                .extracting(q -> q.map(Resource::logicalId)).containsExactly(Optional.of("Q"), Optional.empty());
    }
}
