package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lambdalint.linter.load.InputFinder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The files that plug lambdalint into other tools (action.yml, .pre-commit-hooks.yaml) and the docs that
 * show how: their command lines must use options lambdalint has, and the action's lint step must work.
 */
class IntegrationFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern INVOCATION = Pattern.compile(
            "(?:\\blambdalint|-jar \"\\$JAR\")\\s+(check|install-hook|completion|rules|explain|report|init)\\b(.*)$");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

    @TempDir
    Path dir;

    private static CommandLine commandLine() {
        return Lambdalint.commandLine(new Lambdalint(Path.of("."), InputStream::nullInputStream, Clock.systemUTC(), Environment.NONE));
    }

    /** Every option written after `lambdalint SUBCOMMAND` in a file, as "subcommand --option (file)". */
    private static List<String> unknownOptions(Path file) throws IOException {
        CommandLine cli = commandLine();
        List<String> unknown = new ArrayList<>();
        String text = Files.readString(file).replace("\\\n", " ");
        for (String line : text.split("\n")) {
            Matcher m = INVOCATION.matcher(line);
            if (!m.find()) {
                continue;
            }
            String rest = m.group(2).split(" #|`|\\|\\||;")[0];
            CommandLine.Model.CommandSpec sub = cli.getSubcommands().get(m.group(1)).getCommandSpec();
            Matcher option = OPTION.matcher(rest);
            while (option.find()) {
                if (sub.findOption(option.group()) == null) {
                    unknown.add(m.group(1) + " " + option.group() + " (" + file + ")");
                }
            }
        }
        return unknown;
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/ci.md", "action.yml", ".pre-commit-hooks.yaml"})
    void showsOnlyOptionsThatExist(String file) throws IOException {
        assertThat(Files.readString(Path.of(file)).lines().filter(l -> INVOCATION.matcher(l).find()))
                .as("command lines in %s", file).isNotEmpty();
        assertThat(unknownOptions(Path.of(file))).isEmpty();
    }

    @Test
    void preCommitHooksMatchTemplateFilesAndSkipTheOthers() throws IOException {
        JsonNode hooks = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile());
        assertThat(hooks.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode hook : hooks) {
            ids.add(hook.path("id").asText());
            assertThat(hook.path("entry").asText()).startsWith("lambdalint check").contains("--skip-non-templates");
            assertThat(hook.path("language").asText()).isIn("script", "system");
            Pattern files;
            try {
                files = Pattern.compile(hook.path("files").asText());
            } catch (PatternSyntaxException e) {
                throw new AssertionError("files is not a regular expression: " + e.getMessage());
            }
            for (String extension : InputFinder.TEMPLATE_EXTENSIONS) {
                assertThat(files.matcher("infra/stack" + extension).find()).as(extension).isTrue();
                assertThat(files.matcher("infra/STACK" + extension.toUpperCase()).find()).as(extension).isTrue();
            }
            assertThat(files.matcher("README.md").find()).isFalse();
            assertThat(files.matcher("src/app.py").find()).isFalse();
        }
        assertThat(ids).containsExactly("lambdalint", "lambdalint-system");
        assertThat(Files.isExecutable(Path.of("lambdalint"))).as("the script hook's entry").isTrue();
    }

    @Test
    void actionBuildsLintsAndUploadsSarif() throws IOException {
        JsonNode action = YAML.readTree(Path.of("action.yml").toFile());
        assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
        List<String> uses = action.path("runs").path("steps").findValuesAsText("uses");
        assertThat(uses).anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@"))
                .anyMatch(u -> u.startsWith("actions/setup-java@"))
                .anyMatch(u -> u.startsWith("actions/cache@"));
        String text = Files.readString(Path.of("action.yml"));
        Matcher input = Pattern.compile("inputs\\.([a-z-]+)").matcher(text);
        while (input.find()) {
            assertThat(action.path("inputs").has(input.group(1))).as("input %s is declared", input.group(1)).isTrue();
        }
    }

    @Test
    void actionsLintStepWritesSarifAnnotationsAndTheExitCode() throws IOException {
        JsonNode step = null;
        for (JsonNode s : YAML.readTree(Path.of("action.yml").toFile()).path("runs").path("steps")) {
            if (s.path("id").asText().equals("check")) {
                step = s;
            }
        }
        assertThat(step).isNotNull();
        assertThat(step.path("run").asText()).doesNotContain("${{");

        // A `java` that runs lambdalint from the test class path instead of the jar the action builds.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                while [ $# -gt 0 ]; do case "$1" in -jar) shift 2; break;; *) shift;; esac; done
                exec '%s' -cp '%s' dev.lambdalint.linter.cli.Main "$@"
                """.formatted(Path.of(System.getProperty("java.home"), "bin", "java"), testClassPath()));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Templates.write(work, "infra/api.yaml", Templates.FAILS);
        Path outputs = work.resolve("github-output");
        Files.writeString(outputs, "");
        Path script = dir.resolve("step.sh");
        Files.writeString(script, step.path("run").asText());

        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                .directory(work.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PATH", bin + File.pathSeparator + env.get("PATH"));
        env.putAll(Map.of("JAR", "/not/built/lambdalint.jar", "PATHS", "infra", "ARGS", "--date 2026-11-27",
                "FAIL_ON", "warning", "ANNOTATIONS", "true", "SARIF", "lambdalint.sarif",
                "ACTION_REPOSITORY", "acme/lambdalint", "ACTION_REF", "v1", "GITHUB_OUTPUT", outputs.toString()));
        Process process = pb.start();
        String log = new String(process.getInputStream().readAllBytes());
        int code;
        try {
            code = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(code).as(log).isZero();
        assertThat(log).contains("::error file=infra/api.yaml,line=6,col=7,");
        assertThat(Files.readString(outputs)).contains("exit-code=1\n").contains("sarif-written=true\n");
        assertThat(Files.readString(work.resolve("lambdalint.sarif")))
                .contains("\"helpUri\": \"https://github.com/acme/lambdalint/blob/v1/docs/rules/LL101.md\"");
    }

    /** The class path of this test run as a list of absolute entries. */
    private static String testClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
