package dev.lambdalint.cdk.example;

import dev.lambdalint.cdk.HardenedFunction;
import dev.lambdalint.cdk.LambdaLint;
import dev.lambdalint.cdk.LambdaLintPlugin;
import dev.lambdalint.cdk.SqsSourceOptions;
import dev.lambdalint.linter.config.Config;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * The example CDK app: the same five functions (Java, Python, Node.js, one in a VPC, one fed by SQS)
 * built twice, from {@link HardenedFunction} in the {@code Hardened*} stacks and from the CDK's plain
 * {@link Function} with its defaults in the {@code Plain*} stacks.
 *
 * <p>{@code main} synthesizes it into a folder, optionally with the lambdalint plugin or cdk-nag's
 * AwsSolutions checks (see docs/cdk.md for the timings):
 * <pre>
 * java -cp ... dev.lambdalint.cdk.example.ExampleApp OUTDIR [--lambdalint] [--harden] [--cdk-nag]
 * </pre>
 */
public final class ExampleApp {
    /** Where the stand-in handlers are, from the repository root. */
    public static final Path HANDLERS = Path.of("cdk-constructs", "src", "test", "example-handlers");

    public static final List<String> HARDENED_STACKS = List.of("HardenedFunctions", "HardenedVpc", "HardenedQueue");
    public static final List<String> PLAIN_STACKS = List.of("PlainFunctions", "PlainVpc", "PlainQueue");

    private ExampleApp() {}

    /**
     * Adds every stack of the example to {@code app}; hardened functions take their defaults from
     * {@code config}.
     *
     * @return the stacks by id
     */
    public static Map<String, Stack> build(App app, Path handlers, Config config) {
        // The CDK binds an asset to one stack: each function gets its own Code of the same folder.
        Supplier<Code> java = () -> Code.fromAsset(handlers.resolve("java").toString());
        Supplier<Code> python = () -> Code.fromAsset(handlers.resolve("python").toString());
        Supplier<Code> node = () -> Code.fromAsset(handlers.resolve("nodejs").toString());

        Stack functions = new Stack(app, "HardenedFunctions");
        hardened(functions, "JavaFunction", Runtime.JAVA_21, "example.Handler::handleRequest", java, config, 20);
        hardened(functions, "PythonFunction", Runtime.PYTHON_3_13, "index.handler", python, config, 10);
        hardened(functions, "NodeFunction", Runtime.NODEJS_24_X, "index.handler", node, config, 10);

        Stack vpcStack = new Stack(app, "HardenedVpc");
        HardenedFunction.Builder.create(vpcStack, "VpcFunction")
                .runtime(Runtime.PYTHON_3_13).handler("index.handler").code(python.get())
                .config(config)
                .vpc(vpc(vpcStack))
                .reservedConcurrentExecutions(5)
                .build();

        Stack queueStack = new Stack(app, "HardenedQueue");
        // A queue that hands a message that keeps failing to a dead-letter queue (LL707).
        Queue orders = Queue.Builder.create(queueStack, "Orders")
                .deadLetterQueue(DeadLetterQueue.builder()
                        .queue(Queue.Builder.create(queueStack, "OrdersDeadLetters").enforceSsl(true).build())
                        .maxReceiveCount(5).build())
                .build();
        HardenedFunction consumer = hardened(queueStack, "QueueFunction", Runtime.NODEJS_24_X, "index.handler", node, config, 10);
        consumer.addSqsSource(orders, SqsSourceOptions.builder().batchSize(10).reportBatchItemFailures(true).build());

        Stack plainFunctions = new Stack(app, "PlainFunctions");
        plain(plainFunctions, "JavaFunction", Runtime.JAVA_21, "example.Handler::handleRequest", java);
        plain(plainFunctions, "PythonFunction", Runtime.PYTHON_3_13, "index.handler", python);
        plain(plainFunctions, "NodeFunction", Runtime.NODEJS_24_X, "index.handler", node);

        Stack plainVpc = new Stack(app, "PlainVpc");
        Function.Builder.create(plainVpc, "VpcFunction")
                .runtime(Runtime.PYTHON_3_13).handler("index.handler").code(python.get())
                .vpc(vpc(plainVpc))
                .build();

        Stack plainQueue = new Stack(app, "PlainQueue");
        Queue plainOrders = new Queue(plainQueue, "Orders");
        Function plainConsumer = plain(plainQueue, "QueueFunction", Runtime.NODEJS_24_X, "index.handler", node);
        plainConsumer.addEventSource(SqsEventSource.Builder.create(plainOrders).batchSize(10).reportBatchItemFailures(true).build());

        Map<String, Stack> stacks = new LinkedHashMap<>();
        for (Stack stack : List.of(functions, vpcStack, queueStack, plainFunctions, plainVpc, plainQueue)) {
            stacks.put(stack.getNode().getId(), stack);
        }
        return stacks;
    }

    private static HardenedFunction hardened(Construct scope, String id, Runtime runtime, String handler, Supplier<Code> code,
                                             Config config, int reserved) {
        return HardenedFunction.Builder.create(scope, id)
                .runtime(runtime).handler(handler).code(code.get())
                .config(config)
                .reservedConcurrentExecutions(reserved)
                .build();
    }

    private static Function plain(Construct scope, String id, Runtime runtime, String handler, Supplier<Code> code) {
        return Function.Builder.create(scope, id).runtime(runtime).handler(handler).code(code.get()).build();
    }

    /** Two zones, isolated subnets only: no NAT gateways to pay for in an example. */
    private static Vpc vpc(Construct scope) {
        return Vpc.Builder.create(scope, "Network")
                .maxAzs(2)
                .natGateways(0)
                .restrictDefaultSecurityGroup(true)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("Private").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();
    }

    /**
     * Synthesizes the example into {@code args[0]}; {@code --lambdalint} adds the plugin (and its
     * invocation-target Aspect), {@code --harden} the {@link LambdaLint#harden} Aspect, {@code --cdk-nag}
     * the AwsSolutions checks.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExampleApp OUTDIR [--lambdalint] [--harden] [--cdk-nag]");
            System.exit(2);
        }
        Path outdir = Path.of(args[0]);
        Files.createDirectories(outdir);
        List<String> flags = List.of(args).subList(1, args.length);
        App app = App.Builder.create().outdir(outdir.toString()).build();
        if (flags.contains("--lambdalint")) {
            // Report only: the plain stacks have findings on purpose, and the timing should cover a complete synth.
            LambdaLintPlugin.builder().reportOnly().build().addTo(app);
        }
        if (flags.contains("--harden")) {
            LambdaLint.harden(app, Config.DEFAULT.policy());
        }
        if (flags.contains("--cdk-nag")) {
            Aspects.of(app).add(new AwsSolutionsChecks());
        }
        Path handlers = Files.isDirectory(HANDLERS) ? HANDLERS : Path.of("src", "test", "example-handlers");
        build(app, handlers, Config.DEFAULT);
        app.synth();
    }
}
