package dev.lambdalint.benchmarks.inputs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds templates of a chosen size that look like the ones lambdalint meets: functions fed by SQS
 * queues through event source mappings, IAM roles with inline policies, runtimes and memory from
 * Mappings, and (on request) settings that depend on many Conditions. The output is deterministic, and
 * about one function in three has something a rule reports, so that the reporters have work too.
 */
public final class TemplateGenerator {
    /** A deprecated runtime in one tier, so that the runtime rules find something. */
    private static final List<String> RUNTIMES = List.of("python3.13", "nodejs22.x", "python3.8");

    private TemplateGenerator() {}

    public static Map<String, Object> template(TemplateSpec spec) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("AWSTemplateFormatVersion", "2010-09-09");
        if (spec.flavor() == TemplateSpec.Flavor.SAM) {
            doc.put("Transform", "AWS::Serverless-2016-10-31");
        }
        doc.put("Description", "lambdalint benchmark input: " + spec.functions() + " functions, "
                + spec.resources() + " resources" + (spec.conditions() > 0 ? ", " + spec.conditions() + " conditions" : ""));
        doc.put("Parameters", parameters(spec));
        doc.put("Mappings", mappings());
        if (spec.conditions() > 0) {
            doc.put("Conditions", conditions(spec.conditions()));
        }
        if (spec.flavor() == TemplateSpec.Flavor.SAM) {
            doc.put("Globals", Map.of("Function", map(
                    "Timeout", 30,
                    "MemorySize", 512,
                    "Tracing", "Active",
                    "Architectures", List.of("arm64"))));
        }
        Map<String, Object> resources = new LinkedHashMap<>();
        for (int i = 0; i < spec.functions(); i++) {
            if (spec.flavor() == TemplateSpec.Flavor.SAM) {
                samFunction(spec, i, resources);
            } else {
                cfnFunction(spec, i, resources);
            }
        }
        doc.put("Resources", resources);
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("FirstFunctionArn", map("Value", Tag.getAtt(name(0), "Arn")));
        doc.put("Outputs", outputs);
        return doc;
    }

    private static Map<String, Object> parameters(TemplateSpec spec) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Env", map("Type", "String", "Default", "dev", "AllowedValues", List.of("dev", "test", "prod")));
        out.put("CodeBucket", map("Type", "String", "Default", "artifacts-bucket"));
        if (spec.conditions() > 0) {
            List<String> stages = new ArrayList<>();
            for (int k = 0; k < spec.conditions(); k++) {
                stages.add("s" + k);
            }
            out.put("Stage", map("Type", "String", "Default", "s0", "AllowedValues", stages));
            out.put("EnableVpc", map("Type", "String", "Default", "false", "AllowedValues", List.of("true", "false")));
        }
        return out;
    }

    private static Map<String, Object> mappings() {
        Map<String, Object> tiers = new LinkedHashMap<>();
        for (int t = 0; t < RUNTIMES.size(); t++) {
            tiers.put("tier" + t, map("Runtime", RUNTIMES.get(t), "Memory", 256 << t));
        }
        Map<String, Object> envs = new LinkedHashMap<>();
        envs.put("dev", map("LogLevel", "debug", "Retention", 7));
        envs.put("test", map("LogLevel", "info", "Retention", 14));
        envs.put("prod", map("LogLevel", "warn", "Retention", 90));
        return map("Tiers", tiers, "Envs", envs);
    }

    /**
     * {@code Stage0 ... StageN-3} compare the Stage parameter; {@code UseVpc} reads a flag; {@code ProdLike}
     * combines two others, so that conditions refer to conditions as they do in real templates.
     */
    private static Map<String, Object> conditions(int count) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int k = 0; k < count - 2; k++) {
            out.put("Stage" + k, new Tag("Equals", List.of(Tag.ref("Stage"), "s" + k)));
        }
        out.put("UseVpc", new Tag("Equals", List.of(Tag.ref("EnableVpc"), "true")));
        out.put("ProdLike", new Tag("Or", List.of(new Tag("Condition", "Stage0"), new Tag("Condition", "Stage1"))));
        return out;
    }

    private static String stage(TemplateSpec spec, int i) {
        return "Stage" + Math.floorMod(i, spec.conditions() - 2);
    }

    static String name(int i) {
        return String.format("Worker%04d", i);
    }

    private static void cfnFunction(TemplateSpec spec, int i, Map<String, Object> resources) {
        String fn = name(i);
        String queue = fn + "Queue";
        String role = fn + "Role";
        boolean conditional = spec.conditions() > 0;

        Map<String, Object> roleProps = new LinkedHashMap<>();
        roleProps.put("AssumeRolePolicyDocument", map("Version", "2012-10-17", "Statement", List.of(map(
                "Effect", "Allow",
                "Principal", map("Service", "lambda.amazonaws.com"),
                "Action", "sts:AssumeRole"))));
        roleProps.put("ManagedPolicyArns", List.of(
                Tag.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")));
        roleProps.put("Policies", List.of(map("PolicyName", "consume-queue", "PolicyDocument", map(
                "Version", "2012-10-17",
                "Statement", List.of(map(
                        "Effect", "Allow",
                        "Action", List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                        "Resource", Tag.getAtt(queue, "Arn")))))));
        put(spec, resources, role, "AWS::IAM::Role", roleProps, i);

        Map<String, Object> queueProps = new LinkedHashMap<>();
        // One queue in five hides its messages for less time than the function may run (LL503).
        Object visibility = i % 5 == 1 ? 30 : 360;
        queueProps.put("VisibilityTimeout", conditional ? Tag.fnIf("ProdLike", 540, visibility) : visibility);
        queueProps.put("MessageRetentionPeriod", 345600);
        put(spec, resources, queue, "AWS::SQS::Queue", queueProps, i);

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("FunctionName", Tag.sub("${AWS::StackName}-" + fn.toLowerCase(java.util.Locale.ROOT)));
        String tier = "tier" + (i % RUNTIMES.size());
        props.put("Runtime", new Tag("FindInMap", List.of("Tiers", tier, "Runtime")));
        props.put("Handler", "index.handler");
        props.put("Code", spec.cdkStack() != null
                ? map("S3Bucket", Tag.sub("cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"),
                        "S3Key", AssemblyGenerator.assetHash(spec.cdkStack()) + ".zip")
                : map("S3Bucket", Tag.ref("CodeBucket"), "S3Key", fn.toLowerCase(java.util.Locale.ROOT) + ".zip"));
        if (conditional) {
            props.put("MemorySize", Tag.fnIf(stage(spec, i), 1024, Tag.fnIf(stage(spec, i + 1), 512,
                    new Tag("FindInMap", List.of("Tiers", tier, "Memory")))));
            props.put("Timeout", Tag.fnIf("ProdLike", 60, 45));
            props.put("ReservedConcurrentExecutions", Tag.fnIf(stage(spec, i + 2), 10, Tag.noValue()));
            props.put("VpcConfig", Tag.fnIf("UseVpc",
                    map("SubnetIds", List.of("subnet-0a1b2c3d", "subnet-1a2b3c4d"), "SecurityGroupIds", List.of("sg-0123abcd")),
                    Tag.noValue()));
            props.put("TracingConfig", Tag.fnIf(stage(spec, i + 3), map("Mode", "Active"), Tag.noValue()));
        } else {
            // One function in seven asks for less memory than the policy's minimum (LL103).
            props.put("MemorySize", i % 7 == 0 ? 128 : new Tag("FindInMap", List.of("Tiers", tier, "Memory")));
            props.put("Timeout", 60);
            // One function in ten has no concurrency bound at all (LL301, LL306).
            if (i % 10 != 3) {
                props.put("ReservedConcurrentExecutions", 5 + i % 20);
            }
            props.put("TracingConfig", map("Mode", "Active"));
        }
        props.put("Role", Tag.getAtt(role, "Arn"));
        props.put("Architectures", List.of(i % 4 == 0 ? "x86_64" : "arm64"));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("QUEUE_URL", Tag.ref(queue));
        variables.put("LOG_LEVEL", new Tag("FindInMap", List.of("Envs", Tag.ref("Env"), "LogLevel")));
        variables.put("MODE", conditional ? Tag.fnIf("ProdLike", "strict", "relaxed") : "strict");
        variables.put("SERVICE_NAME", fn);
        props.put("Environment", map("Variables", variables));
        props.put("Tags", List.of(map("Key", "team", "Value", "team-" + (i % 6)), map("Key", "service", "Value", fn)));
        put(spec, resources, fn, "AWS::Lambda::Function", props, i);

        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("EventSourceArn", Tag.getAtt(queue, "Arn"));
        mapping.put("FunctionName", Tag.ref(fn));
        mapping.put("BatchSize", conditional ? Tag.fnIf(stage(spec, i + 4), 100, 10) : 10);
        if (conditional) {
            mapping.put("ScalingConfig", Tag.fnIf(stage(spec, i + 5), map("MaximumConcurrency", 5), Tag.noValue()));
        } else if (i % 10 != 3) {
            mapping.put("ScalingConfig", map("MaximumConcurrency", 2 + i % 5));
        }
        put(spec, resources, fn + "Mapping", "AWS::Lambda::EventSourceMapping", mapping, i);
    }

    private static void samFunction(TemplateSpec spec, int i, Map<String, Object> resources) {
        String fn = name(i);
        String queue = fn + "Queue";
        Map<String, Object> queueProps = new LinkedHashMap<>();
        queueProps.put("VisibilityTimeout", i % 5 == 1 ? 30 : 360);
        put(spec, resources, queue, "AWS::SQS::Queue", queueProps, i);

        Map<String, Object> props = new LinkedHashMap<>();
        props.put("Handler", "app.handler");
        props.put("Runtime", new Tag("FindInMap", List.of("Tiers", "tier" + (i % RUNTIMES.size()), "Runtime")));
        props.put("CodeUri", "s3://artifacts-bucket/" + fn.toLowerCase(java.util.Locale.ROOT) + ".zip");
        if (i % 7 == 0) {
            props.put("MemorySize", 128);
        }
        if (i % 10 != 3) {
            props.put("ReservedConcurrentExecutions", 5 + i % 20);
        }
        props.put("Policies", List.of(map("SQSPollerPolicy", map("QueueName", Tag.getAtt(queue, "QueueName")))));
        props.put("Environment", map("Variables", map("QUEUE_URL", Tag.ref(queue), "SERVICE_NAME", fn)));
        Map<String, Object> events = new LinkedHashMap<>();
        Map<String, Object> sqs = new LinkedHashMap<>();
        sqs.put("Queue", Tag.getAtt(queue, "Arn"));
        sqs.put("BatchSize", 10);
        if (i % 10 != 3) {
            sqs.put("ScalingConfig", map("MaximumConcurrency", 2 + i % 5));
        }
        events.put("Messages", map("Type", "SQS", "Properties", sqs));
        if (i % 3 == 0) {
            events.put("Read", map("Type", "Api", "Properties", map("Path", "/" + fn.toLowerCase(java.util.Locale.ROOT) + "/{id}", "Method", "get")));
        }
        props.put("Events", events);
        put(spec, resources, fn, "AWS::Serverless::Function", props, i);
    }

    private static void put(TemplateSpec spec, Map<String, Object> resources, String logicalId, String type,
                            Map<String, Object> properties, int i) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("Type", type);
        if (spec.conditions() > 0 && i % 9 == 8) {
            resource.put("Condition", "ProdLike");
        }
        resource.put("Properties", properties);
        if (spec.cdkStack() != null) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("aws:cdk:path", AssemblyGenerator.constructPath(spec.cdkStack(), logicalId));
            if (type.equals("AWS::Lambda::Function")) {
                metadata.put("aws:asset:path", "asset." + AssemblyGenerator.assetHash(spec.cdkStack()));
                metadata.put("aws:asset:is-bundled", false);
                metadata.put("aws:asset:property", "Code");
            }
            resource.put("Metadata", metadata);
        }
        resources.put(logicalId, resource);
    }

    /** A mutable, ordered map from alternating keys and values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
