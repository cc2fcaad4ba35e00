package dev.lambdalint.cdk.matrix;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.customresources.Provider;
import software.amazon.awscdk.customresources.SdkCallsPolicyOptions;
import software.amazon.awscdk.services.cloudfront.experimental.EdgeFunction;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecr.Repository;
import software.amazon.awscdk.services.ecs.AddCapacityOptions;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.eks.KubernetesVersion;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LayerVersion;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogRetention;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.opensearchservice.Domain;
import software.amazon.awscdk.services.opensearchservice.EngineVersion;
import software.amazon.awscdk.services.route53.CrossAccountZoneDelegationRecord;
import software.amazon.awscdk.services.route53.PublicHostedZone;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.amazon.awscdk.services.s3.notifications.SqsDestination;
import software.amazon.awscdk.services.sqs.Queue;

/**
 * One stack per aws-cdk-lib construct known to add Lambda functions of its own, each holding as little
 * else as the construct allows, in one App so that the whole matrix costs one synth. {@link #TEAM_FUNCTIONS}
 * names the functions a team wrote (a Provider's handler, an edge function, a versioned function): every
 * other function in these stacks is the CDK's own, and nothing may be reported about it.
 */
public final class CdkOwnFunctionsApp {
    static final Environment ENV = Environment.builder().account("123456789012").region("eu-central-1").build();
    static final String HANDLERS = "cdk-constructs/src/test/example-handlers/python";

    /** Construct paths (prefixes) of the functions the team wrote; findings may only name these. */
    public static final List<String> TEAM_FUNCTIONS = List.of(
            "ProviderFramework/OnEvent/", "ProviderFramework/IsComplete/", "LambdaVersion/Versioned/");
    /** The edge function lives in a stack the CDK makes in us-east-1; its construct path starts with that stack's id. */
    public static final String EDGE_FUNCTION = "/Fn/Resource";

    /** The stacks, by the construct they exercise. */
    public static final Map<String, String> STACKS = Map.ofEntries(
            Map.entry("EksCluster", "eks.Cluster: ClusterResourceProvider and KubectlProvider nested stacks"),
            Map.entry("DynamoGlobalTable", "dynamodb.Table with replicationRegions: ReplicaProvider nested stack"),
            Map.entry("BucketDeploymentStack", "s3.deployment.BucketDeployment"),
            Map.entry("AwsCustomResourceStack", "custom_resources.AwsCustomResource"),
            Map.entry("AutoDeleteObjects", "s3.Bucket autoDeleteObjects"),
            Map.entry("LogRetentionStack", "logs.LogRetention"),
            Map.entry("ProviderFramework", "custom_resources.Provider with onEvent and isComplete"),
            Map.entry("BucketNotifications", "s3.Bucket addEventNotification"),
            Map.entry("RestrictDefaultSg", "ec2.Vpc restrictDefaultSecurityGroup"),
            Map.entry("Edge", "cloudfront.experimental.EdgeFunction outside us-east-1"),
            Map.entry("ZoneDelegation", "route53.CrossAccountZoneDelegationRecord"),
            Map.entry("OpenSearch", "opensearchservice.Domain accessPolicies"),
            Map.entry("CognitoSecret", "cognito.UserPoolClient userPoolClientSecret"),
            Map.entry("EcrAutoDelete", "ecr.Repository emptyOnDelete"),
            Map.entry("EcsDrainHook", "ecs.Cluster addCapacity (instance drain hook)"),
            Map.entry("LambdaVersion", "lambda.Function currentVersion"),
            Map.entry("Placeholder", "an empty stack: no Resources at all"));

    private CdkOwnFunctionsApp() {}

    /** Adds every stack of the matrix to {@code app}. */
    public static void addTo(App app) {
        eks(stack(app, "EksCluster"));

        Table.Builder.create(stack(app, "DynamoGlobalTable"), "Table")
                .partitionKey(Attribute.builder().name("pk").type(AttributeType.STRING).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .replicationRegions(List.of("eu-west-1"))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        Stack deployment = stack(app, "BucketDeploymentStack");
        BucketDeployment.Builder.create(deployment, "Deploy")
                .sources(List.of(Source.asset(HANDLERS)))
                .destinationBucket(new Bucket(deployment, "Site"))
                .build();

        AwsCustomResource.Builder.create(stack(app, "AwsCustomResourceStack"), "Lookup")
                .onCreate(AwsSdkCall.builder().service("SSM").action("getParameter")
                        .parameters(Map.of("Name", "/team/value"))
                        .physicalResourceId(PhysicalResourceId.of("team-value")).build())
                .policy(AwsCustomResourcePolicy.fromSdkCalls(SdkCallsPolicyOptions.builder()
                        .resources(AwsCustomResourcePolicy.ANY_RESOURCE).build()))
                .build();

        Bucket.Builder.create(stack(app, "AutoDeleteObjects"), "Scratch")
                .autoDeleteObjects(true).removalPolicy(RemovalPolicy.DESTROY).build();

        LogRetention.Builder.create(stack(app, "LogRetentionStack"), "Retention")
                .logGroupName("/team/app").retention(RetentionDays.ONE_WEEK).build();

        Stack provider = stack(app, "ProviderFramework");
        Provider framework = Provider.Builder.create(provider, "Provider")
                .onEventHandler(python(provider, "OnEvent"))
                .isCompleteHandler(python(provider, "IsComplete"))
                .build();
        CustomResource.Builder.create(provider, "Resource").serviceToken(framework.getServiceToken()).build();

        Stack notifications = stack(app, "BucketNotifications");
        new Bucket(notifications, "Uploads").addEventNotification(EventType.OBJECT_CREATED,
                new SqsDestination(new Queue(notifications, "Uploaded")));

        Vpc.Builder.create(stack(app, "RestrictDefaultSg"), "Vpc")
                .maxAzs(2).natGateways(0).restrictDefaultSecurityGroup(true).build();

        EdgeFunction.Builder.create(stack(app, "Edge"), "Fn")
                .runtime(Runtime.PYTHON_3_13).handler("index.handler").code(Code.fromAsset(HANDLERS)).build();

        Stack zones = stack(app, "ZoneDelegation");
        CrossAccountZoneDelegationRecord.Builder.create(zones, "Delegate")
                .delegatedZone(PublicHostedZone.Builder.create(zones, "Zone").zoneName("team.example.com").build())
                .parentHostedZoneName("example.com")
                .delegationRole(Role.fromRoleArn(zones, "Delegation", "arn:aws:iam::210987654321:role/delegation"))
                .build();

        Stack search = stack(app, "OpenSearch");
        Domain.Builder.create(search, "Domain")
                .version(EngineVersion.OPENSEARCH_2_11)
                .accessPolicies(List.of(PolicyStatement.Builder.create()
                        .principals(List.of(new AnyPrincipal())).actions(List.of("es:ESHttpGet"))
                        .resources(List.of("*")).build()))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        Stack cognito = stack(app, "CognitoSecret");
        var client = new UserPool(cognito, "Users").addClient("Client", UserPoolClientOptions.builder().generateSecret(true).build());
        CfnOutput.Builder.create(cognito, "Secret").value(client.getUserPoolClientSecret().unsafeUnwrap()).build();

        Repository.Builder.create(stack(app, "EcrAutoDelete"), "Images")
                .emptyOnDelete(true).removalPolicy(RemovalPolicy.DESTROY).build();

        Stack ecs = stack(app, "EcsDrainHook");
        Cluster cluster = Cluster.Builder.create(ecs, "Cluster")
                .vpc(Vpc.Builder.create(ecs, "Vpc").maxAzs(2).natGateways(0).build()).build();
        cluster.addCapacity("Instances", AddCapacityOptions.builder()
                .instanceType(new InstanceType("t3.micro")).minCapacity(0).maxCapacity(1).build());

        Stack versioned = stack(app, "LambdaVersion");
        Function fn = python(versioned, "Versioned");
        Alias.Builder.create(versioned, "Live").aliasName("live").version(fn.getCurrentVersion()).build();

        stack(app, "Placeholder");
    }

    private static Stack stack(App app, String id) {
        return new Stack(app, id, StackProps.builder().env(ENV).build());
    }

    private static Function python(Stack stack, String id) {
        return Function.Builder.create(stack, id)
                .runtime(Runtime.PYTHON_3_13).handler("index.handler").code(Code.fromAsset(HANDLERS)).build();
    }

    private static void eks(Stack stack) {
        software.amazon.awscdk.services.eks.Cluster.Builder.create(stack, "Cluster")
                .version(KubernetesVersion.of("1.31"))
                .kubectlLayer(LayerVersion.fromLayerVersionArn(stack, "Kubectl",
                        "arn:aws:lambda:eu-central-1:123456789012:layer:kubectl:1"))
                .defaultCapacity(0)
                .build();
    }
}
