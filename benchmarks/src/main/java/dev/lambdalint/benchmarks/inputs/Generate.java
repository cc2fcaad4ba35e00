package dev.lambdalint.benchmarks.inputs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes benchmark inputs. {@code suite DIR} writes the standard set that {@code benchmarks/compare.sh}
 * and docs/performance.md use; {@code template} and {@code assembly} write one input of any size.
 * Run it from the shaded benchmarks jar:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.lambdalint.benchmarks.inputs.Generate suite target/bench-inputs
 * </pre>
 */
public final class Generate {
    private static final String USAGE = """
            usage: Generate suite DIR
                   Generate template FILE [--functions N] [--sam] [--conditions N]   (FILE ending .json: JSON, else YAML)
                   Generate assembly DIR [--stacks N] [--functions N]               (N functions per stack, 4 resources each)
                   Generate logs DIR [--megabytes N] [--functions N] [--seed N]       (REPORT logs for --evidence, one file a function)
                   Generate log-formats DIR [--functions N] [--seed N]               (every --evidence format, 400 invocations a function)
            """;

    /** One input of the standard suite: its file or folder name, and what it holds. */
    public record SuiteInput(String name, String description, int resources) {}

    private Generate() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.size() < 2) {
            err.print(USAGE);
            return 2;
        }
        Path target = Path.of(args.get(1));
        Options options;
        try {
            options = Options.parse(args.subList(2, args.size()));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        switch (args.get(0)) {
            case "suite" -> {
                for (SuiteInput input : suite(target)) {
                    out.printf("%-22s %6d resources  %s%n", input.name(), input.resources(), input.description());
                }
            }
            case "template" -> {
                TemplateSpec spec = new TemplateSpec(options.functions,
                        options.sam ? TemplateSpec.Flavor.SAM : TemplateSpec.Flavor.CFN, options.conditions, null);
                writeTemplate(target, spec);
                out.printf("%s: %d resources%n", target, spec.resources());
            }
            case "logs" -> {
                var answers = new LogGenerator(options.seed).writeBulk(target, LogGenerator.typicalFunctions(options.functions),
                        options.megabytes * 1024L * 1024L);
                long invocations = answers.values().stream().mapToLong(LogGenerator.Answer::invocations).sum();
                out.printf("%s: %d MB of logs, %d functions, %d invocations%n", target, options.megabytes, answers.size(), invocations);
            }
            case "log-formats" -> {
                var answers = new LogGenerator(options.seed).writeAll(target, LogGenerator.typicalFunctions(options.functions), 400);
                answers.values().forEach(a -> out.printf("%-20s %-15s %d invocations, %d cold, %d timeouts, %d out of memory%n",
                        a.name(), a.format(), a.invocations(), a.coldStarts(), a.timeouts(), a.outOfMemory()));
            }
            case "assembly" -> {
                AssemblyGenerator.write(target, options.stacks, options.functions);
                out.printf("%s: %d stacks, %d resources%n", target, options.stacks, options.stacks * options.functions * 4);
            }
            default -> {
                err.print(USAGE);
                return 2;
            }
        }
        return 0;
    }

    /** Writes the standard inputs into {@code dir} (replacing earlier ones) and says what they are. */
    public static List<SuiteInput> suite(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<SuiteInput> written = new ArrayList<>();
        written.add(template(dir, "small.yaml", TemplateSpec.sam(3), "SAM, 3 functions with SQS and API events"));
        written.add(template(dir, "large.yaml", TemplateSpec.cfn(100),
                "CloudFormation, 100 functions with queues, event source mappings, roles, mappings"));
        written.add(template(dir, "conditions.yaml", TemplateSpec.cfn(100).withConditions(32),
                "as large.yaml, with 32 conditions and Fn::If in most settings"));
        written.add(template(dir, "sam-large.yaml", TemplateSpec.sam(200), "SAM, 200 functions with queues"));
        written.add(template(dir, "growth-40.yaml", TemplateSpec.cfn(10), "growth series: 10 functions"));
        written.add(template(dir, "growth-4000.yaml", TemplateSpec.cfn(1000), "growth series: 1000 functions"));
        written.add(assembly(dir, "cdk.out", 50, 100, "cloud assembly, 50 stacks x 400 resources"));
        written.add(assembly(dir, "cdk-5.out", 5, 100, "growth series: cloud assembly, 5 stacks x 400 resources"));
        return written;
    }

    private static SuiteInput template(Path dir, String name, TemplateSpec spec, String description) throws IOException {
        writeTemplate(dir.resolve(name), spec);
        return new SuiteInput(name, description, spec.resources());
    }

    private static SuiteInput assembly(Path dir, String name, int stacks, int functions, String description) throws IOException {
        Path folder = dir.resolve(name);
        deleteTree(folder);
        AssemblyGenerator.write(folder, stacks, functions);
        return new SuiteInput(name, description, stacks * functions * 4);
    }

    static void writeTemplate(Path file, TemplateSpec spec) throws IOException {
        if (spec.conditions() != 0 && spec.conditions() < 4) {
            throw new IllegalArgumentException("--conditions takes 0 or at least 4");
        }
        Map<String, Object> template = TemplateGenerator.template(spec);
        String text = file.toString().endsWith(".json") ? DocumentWriter.json(template) : DocumentWriter.yaml(template);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static final class Options {
        int functions = 100;
        int stacks = 50;
        int conditions;
        int megabytes = 1024;
        long seed = 1;
        boolean sam;

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--sam" -> o.sam = true;
                    case "--functions", "--stacks", "--conditions", "--megabytes", "--seed" -> {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException(a + " needs a number");
                        }
                        int n;
                        try {
                            n = Integer.parseInt(args.get(++i));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException(a + " needs a number, not " + args.get(i));
                        }
                        if (n < 0 || (n == 0 && !a.equals("--conditions"))) {
                            throw new IllegalArgumentException(a + " needs a positive number");
                        }
                        switch (a) {
                            case "--functions" -> o.functions = n;
                            case "--stacks" -> o.stacks = n;
                            case "--megabytes" -> o.megabytes = n;
                            case "--seed" -> o.seed = n;
                            default -> o.conditions = n;
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return o;
        }
    }
}
