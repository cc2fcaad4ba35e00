package dev.lambdalint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release files as a user gets them: every file listed with its checksum, and the bundle, unpacked
 * somewhere else than where it was made, run on a machine without Java. The build (pom.xml) passes the
 * release folder, the version and the runtime's modules; the working directory is the repository root.
 */
class BundleTest {
    private static final Path RELEASE = Path.of(System.getProperty("lambdalint.release"));
    private static final String VERSION = System.getProperty("lambdalint.version");
    private static final Path REPOSITORY = Path.of(System.getProperty("lambdalint.repository")).toAbsolutePath().normalize();
    /** The platform build-release.sh names the bundle after: this machine's (tests run where the build ran). */
    private static final String PLATFORM = "linux-"
            + (System.getProperty("os.arch").matches("amd64|x86_64") ? "x64" : System.getProperty("os.arch"));

    @TempDir
    static Path shared;
    static Path bundle;
    /** A PATH with the two tools bin/lambdalint needs, and no java. */
    static Path tools;

    @BeforeAll
    static void unpack() throws Exception {
        Path into = Files.createDirectories(shared.resolve("unpacked"));
        Processes.Result tar = Processes.run(shared, into, Map.of("PATH", "/usr/bin:/bin"),
                List.of("tar", "-xzf", RELEASE.resolve("lambdalint-" + VERSION + "-" + PLATFORM + ".tar.gz").toString()));
        assertThat(tar.exitCode()).as(tar.stderr()).isZero();
        bundle = into.resolve("lambdalint-" + VERSION);
        tools = Files.createDirectories(shared.resolve("tools"));
        for (String tool : List.of("bash", "readlink")) {
            Path found = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new AssertionError(tool + " not found"));
            Files.createSymbolicLink(tools.resolve(tool), found.toRealPath());
        }
    }

    @Test
    void theReleaseFolderHoldsEveryFileWithItsChecksum() throws Exception {
        List<String> expected = new ArrayList<>(List.of(
                "lambdalint-" + VERSION + ".jar",
                "lambdalint-" + VERSION + "-" + PLATFORM + ".tar.gz",
                "maven/lambdalint-parent-" + VERSION + ".pom"));
        for (String module : List.of("rules", "linter", "cdk-constructs")) {
            for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", ".pom")) {
                expected.add("maven/lambdalint-" + module + "-" + VERSION + suffix);
            }
        }
        Map<String, String> sums = new TreeMap<>();
        for (String line : Files.readAllLines(RELEASE.resolve("SHA256SUMS"))) {
            String[] parts = line.split(" [ *]", 2);
            sums.put(parts[1], parts[0]);
        }
        assertThat(sums.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (Map.Entry<String, String> sum : sums.entrySet()) {
            assertThat(sha256(RELEASE.resolve(sum.getKey()))).as(sum.getKey()).isEqualTo(sum.getValue());
        }
        // the POMs carry the version as a number, not the ${revision} of the sources
        assertThat(Files.readString(RELEASE.resolve("maven/lambdalint-cdk-constructs-" + VERSION + ".pom")))
                .contains("<version>" + VERSION + "</version>").doesNotContain("${revision}");
        assertThat(Files.readString(RELEASE.resolve("maven/lambdalint-parent-" + VERSION + ".pom")))
                .contains("<url>https://github.com/lambdalint/lambdalint</url>", "<licenses>", "<developers>", "<scm ", "<connection>");
    }

    @Test
    void theRuntimeHasTheModulesJdepsFindsAndNoOther() throws Exception {
        Path jar = RELEASE.resolve("lambdalint-" + VERSION + ".jar");
        Path jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps");
        Processes.Result needed = Processes.run(shared, REPOSITORY, Map.of(), List.of(jdeps.toString(),
                "--multi-release", "17", "--ignore-missing-deps", "--print-module-deps", jar.toString()));
        assertThat(needed.exitCode()).as(needed.stderr()).isZero();
        assertThat(needed.out().strip()).isEqualTo(System.getProperty("lambdalint.jlink.modules"));

        // the bundle holds those modules and what they require, as the full JDK resolves them, and nothing more
        Processes.Result closure = Processes.run(shared, REPOSITORY, Map.of(), List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--limit-modules", System.getProperty("lambdalint.jlink.modules"), "--list-modules"));
        Processes.Result listed = Processes.run(shared, bundle, Map.of(), List.of("runtime/bin/java", "--list-modules"));
        assertThat(modules(listed)).containsAll(List.of(System.getProperty("lambdalint.jlink.modules").split(",")))
                .containsExactlyInAnyOrderElementsOf(modules(closure));
    }

    @Test
    void withoutJavaTheBundlePrintsByteForByteWhatTheJarPrints() throws Exception {
        Map<String, String> noJava = Map.of("PATH", tools.toString(), "HOME", shared.toString());
        Processes.Result which = Processes.run(shared, REPOSITORY, noJava,
                List.of(tools.resolve("bash").toString(), "-c", "command -v java || echo \"JAVA_HOME=$JAVA_HOME\""));
        assertThat(which.out()).isEqualTo("JAVA_HOME=\n");

        List<String> args = List.of("check", "--format", "json", "--date", "2026-11-27", "--fail-on", "never",
                "fixtures/examples", "fixtures/rules", "fixtures/cdk");
        Processes.Result fromBundle = Processes.run(shared, REPOSITORY, noJava,
                concat(List.of(bundle.resolve("bin/lambdalint").toString()), args));
        Processes.Result fromJar = Processes.run(shared, REPOSITORY, Map.of(), concat(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                RELEASE.resolve("lambdalint-" + VERSION + ".jar").toString()), args));

        assertThat(fromJar.out()).contains("\"ruleId\": \"LL101\"").contains("\"file\": \"fixtures/rules/");
        assertThat(fromBundle.exitCode()).as(fromBundle.stderr()).isEqualTo(fromJar.exitCode());
        assertThat(fromBundle.stdout()).isEqualTo(fromJar.stdout());
        assertThat(fromBundle.stderr()).isEqualTo(fromJar.stderr());
    }

    @Test
    void throughASymlinkOnThePathFromAnotherFolderRelativePathsAreTheUsers() throws Exception {
        Path bin = Files.createDirectories(shared.resolve("symlinked/bin"));
        Files.createSymbolicLink(bin.resolve("lambdalint"), bundle.resolve("bin/lambdalint"));
        Path work = Files.createDirectories(shared.resolve("symlinked/work"));
        Files.copy(REPOSITORY.resolve("fixtures/examples/sam-app/template.yaml"), work.resolve("template.yaml"));
        Files.writeString(work.resolve("args.txt"), "check\n--fail-on\nnever\ntemplate.yaml\n");
        Map<String, String> noJava = Map.of("PATH", bin + ":" + tools, "HOME", shared.toString());

        Processes.Result run = Processes.run(shared, work, noJava, List.of("bash", "-c", "lambdalint check template.yaml"));
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.out()).startsWith("template.yaml:").contains("\nLinted 1 template, 3 functions: 1 error, ").endsWith(".\n");
        // an @file argument is the user's file too
        Processes.Result atFile = Processes.run(shared, work, noJava, List.of("bash", "-c", "lambdalint @args.txt"));
        assertThat(atFile.exitCode()).as(atFile.stderr()).isZero();
        assertThat(atFile.out()).isEqualTo(run.out());
    }

    @Test
    void theClassDataSharingArchiveMapsWhereverTheBundleIsUnpacked() throws Exception {
        // -Xshare:on makes the JVM refuse to start when the archive cannot be used (a class path that
        // differs from the one it was made with, another runtime), instead of silently running without it
        Map<String, String> env = Map.of("PATH", tools.toString(), "LAMBDALINT_JAVA_OPTS", "-Xshare:on");
        Processes.Result run = Processes.run(shared, shared, env, List.of(bundle.resolve("bin/lambdalint").toString(), "--version"));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.out()).startsWith("lambdalint " + VERSION + " (commit ").contains("runtime lifecycle data as of ");
        assertThat(bundle.startsWith(REPOSITORY)).as("unpacked away from where it was made").isFalse();
    }

    private static List<String> modules(Processes.Result listModules) {
        return listModules.out().lines().map(m -> m.replaceAll("@.*", "").strip()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
