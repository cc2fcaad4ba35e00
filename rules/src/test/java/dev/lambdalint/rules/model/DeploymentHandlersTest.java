package dev.lambdalint.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DeploymentHandlersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TemplateModel model(String json) throws Exception {
        return TemplateModel.of(new Template("t.json", JSON.readTree(json.replace('\'', '"'))));
    }

    private static final String FN = "{'Type': 'AWS::Lambda::Function', 'Properties': {'Runtime': 'python3.13'}}";

    @Test
    void aServiceTokenOrAMacroMakesAHandler() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Seeder': %s, 'Expander': %s, 'Plain': %s,
                  'Seed': {'Type': 'Custom::Seed', 'Properties': {'ServiceToken': {'Fn::GetAtt': ['Seeder', 'Arn']},
                                                                  'Target': {'Ref': 'Plain'}}},
                  'Macro': {'Type': 'AWS::CloudFormation::Macro', 'Properties': {'Name': 'Expand',
                                                                  'FunctionName': {'Fn::GetAtt': ['Expander', 'Arn']}}},
                  'SeederInvoke': {'Type': 'AWS::Lambda::Permission', 'Properties': {
                      'FunctionName': {'Ref': 'Seeder'}, 'Action': 'lambda:InvokeFunction', 'Principal': 'cloudformation.amazonaws.com'}}}}
                """.formatted(FN, FN, FN));
        assertThat(m.deploymentHandlers()).containsExactly("Seeder", "Expander");
    }

    @Test
    void recognisesCdkProviderUserHandlersWithoutConstructPaths() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'OnEvent': %s, 'IsComplete': %s,
                  'ProviderframeworkonEvent83C1D0A7': {'Type': 'AWS::Lambda::Function', 'Properties': {
                      'Environment': {'Variables': {
                          'USER_ON_EVENT_FUNCTION_ARN': {'Fn::GetAtt': ['OnEvent', 'Arn']},
                          'USER_IS_COMPLETE_FUNCTION_ARN': {'Fn::GetAtt': ['IsComplete', 'Arn']}}}}},
                  'Resource': {'Type': 'AWS::CloudFormation::CustomResource', 'Properties': {
                      'ServiceToken': {'Fn::GetAtt': ['ProviderframeworkonEvent83C1D0A7', 'Arn']}}},
                  'FrameworkPolicy': {'Type': 'AWS::IAM::Policy', 'Properties': {'PolicyDocument': {'Statement': [
                      {'Action': 'lambda:InvokeFunction', 'Effect': 'Allow',
                       'Resource': [{'Fn::GetAtt': ['OnEvent', 'Arn']}, {'Fn::GetAtt': ['IsComplete', 'Arn']}]}]}}}}}
                """.formatted(FN, FN));
        assertThat(m.deploymentHandlers()).containsExactlyInAnyOrder("OnEvent", "IsComplete", "ProviderframeworkonEvent83C1D0A7");
    }

    @Test
    void aHandlerThatSomethingElseInvokesIsNotOne() throws Exception {
        TemplateModel m = model("""
                {'Resources': {
                  'Scheduled': %s, 'Stepped': %s, 'Called': %s,
                  'Caller': {'Type': 'AWS::Lambda::Function', 'Properties': {
                      'Environment': {'Variables': {'TARGET': {'Ref': 'Called'}}}}},
                  'A': {'Type': 'Custom::A', 'Properties': {'ServiceToken': {'Fn::GetAtt': ['Scheduled', 'Arn']}}},
                  'B': {'Type': 'Custom::B', 'Properties': {'ServiceToken': {'Fn::GetAtt': ['Stepped', 'Arn']}}},
                  'C': {'Type': 'Custom::C', 'Properties': {'ServiceToken': {'Fn::GetAtt': ['Called', 'Arn']}}},
                  'Nightly': {'Type': 'AWS::Events::Rule', 'Properties': {'ScheduleExpression': 'rate(1 day)',
                      'Targets': [{'Id': 't', 'Arn': {'Fn::GetAtt': ['Scheduled', 'Arn']}}]}},
                  'Machine': {'Type': 'AWS::StepFunctions::StateMachine', 'Properties': {
                      'DefinitionSubstitutions': {'Fn': {'Fn::GetAtt': ['Stepped', 'Arn']}}}}}}
                """.formatted(FN, FN, FN));
        assertThat(m.deploymentHandlers()).isEmpty();
    }
}
