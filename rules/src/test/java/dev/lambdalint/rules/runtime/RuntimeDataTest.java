package dev.lambdalint.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.json.JsonTrees;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The shipped runtime table is exactly what its sources build: the copy of the public table and the
 * overlay in {@code rules/src/runtime-data/}, so that nobody edits dates by hand in the jar's copy.
 * With {@code -Dlambdalint.refreshRuntimes=true} (what {@code rules/src/runtime-data/refresh} passes) it
 * downloads the public table first (or reads {@code -Dlambdalint.runtimeSource}, a URL or a file) and
 * rebuilds the shipped one dated today, for review as a diff.
 */
class RuntimeDataTest {
    private static final Path DATA = Path.of("src/runtime-data");
    private static final Path SOURCE = DATA.resolve("LmbdRuntimeLifecycle.json");
    private static final Path OVERLAY = DATA.resolve("overlay.json");
    private static final Path SHIPPED = Path.of("src/main/resources/dev/lambdalint/rules/runtimes.json");
    private static final String SOURCE_NOTE = "aws-cloudformation/cfn-lint src/cfnlint/data/AdditionalSpecs/"
            + "LmbdRuntimeLifecycle.json (MIT No Attribution; copy in rules/src/runtime-data/), dates as AWS documents "
            + "them in the Lambda developer guide, Runtime deprecation policy";

    @Test
    void shippedTableIsWhatItsSourcesBuild() throws IOException {
        if (Boolean.getBoolean("lambdalint.refreshRuntimes")) {
            refresh();
        }
        String shipped = Files.readString(SHIPPED, StandardCharsets.UTF_8);
        LocalDate asOf = LocalDate.parse(JsonTrees.read(shipped.getBytes(StandardCharsets.UTF_8)).path("asOf").asText());
        assertThat(shipped)
                .as("%s differs from what rules/src/runtime-data builds: edit overlay.json and run rules/src/runtime-data/refresh, never the table itself", SHIPPED)
                .isEqualTo(RuntimeData.build(read(SOURCE), read(OVERLAY), asOf, SOURCE_NOTE));
    }

    private static void refresh() throws IOException {
        String url = System.getProperty("lambdalint.runtimeSource", RuntimeData.SOURCE_URL);
        byte[] body;
        if (!url.startsWith("https:") && !url.startsWith("http:")) {
            body = Files.readAllBytes(Path.of(url)); // a copy fetched some other way
        } else try {
            HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + url + " answered " + response.statusCode());
            }
            body = response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + url, e);
        }
        JsonNode source = JsonTrees.read(body);
        assertThat(source.isObject() && source.size() > 0).as("%s is not a runtime table", url).isTrue();
        Files.write(SOURCE, body);
        Files.writeString(SHIPPED, RuntimeData.build(source, read(OVERLAY), LocalDate.now(ZoneOffset.UTC), SOURCE_NOTE),
                StandardCharsets.UTF_8);
    }

    private static JsonNode read(Path file) throws IOException {
        return JsonTrees.read(Files.readAllBytes(file));
    }
}
