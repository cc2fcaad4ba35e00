package dev.lambdalint.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeVersionTest {

    @Test
    void takesIdsApartIntoFamilyVersionAndVariant() {
        assertThat(RuntimeVersion.parse("java17.al2023")).contains(new RuntimeVersion("java", 17, 0, ".al2023"));
        assertThat(RuntimeVersion.parse("java8.al2")).contains(new RuntimeVersion("java", 8, 0, ".al2"));
        assertThat(RuntimeVersion.parse("python3.12")).contains(new RuntimeVersion("python", 3, 12, ""));
        assertThat(RuntimeVersion.parse("nodejs22.x")).contains(new RuntimeVersion("nodejs", 22, 0, ".x"));
        assertThat(RuntimeVersion.parse("nodejs4.3-edge")).contains(new RuntimeVersion("nodejs", 4, 3, "-edge"));
        assertThat(RuntimeVersion.parse("dotnetcore3.1")).contains(new RuntimeVersion("dotnetcore", 3, 1, ""));
        assertThat(RuntimeVersion.parse("dotnet8")).contains(new RuntimeVersion("dotnet", 8, 0, ""));
        assertThat(RuntimeVersion.parse("provided.al2023")).contains(new RuntimeVersion("provided", 0, 0, ".al2023"));
        assertThat(RuntimeVersion.parse("provided")).contains(new RuntimeVersion("provided", 0, 0, ""));
    }

    @Test
    void knowsNothingOfIdsOfNoKnownFamilyAndNeverThrows() {
        for (String id : List.of("", "cobol85", "java", "python", "JAVA17", "java99999999999", "python3.123456", "providedx", " ")) {
            assertThat(RuntimeVersion.parse(id)).as(id).isEmpty();
        }
        assertThat(RuntimeVersion.parse(null)).isEmpty();
    }

    @Test
    void recognisesJava11AndLaterOnEveryVariant() {
        for (String id : List.of("java11", "java17", "java21", "java25", "java11.al2023", "java17.al2023", "java11.al2")) {
            assertThat(RuntimeVersion.parse(id).orElseThrow().isJava11OrLater()).as(id).isTrue();
        }
        for (String id : List.of("java8", "java8.al2", "java8.al2023", "python3.12", "dotnet8")) {
            assertThat(RuntimeVersion.parse(id).orElseThrow().isJava11OrLater()).as(id).isFalse();
        }
    }

    @Test
    void supportsSnapStartOnJava11PlusPython312PlusAndDotnet8Plus() {
        for (String id : List.of("java11", "java21", "java17.al2023", "python3.12", "python3.13", "python3.15",
                "python4.0", "dotnet8", "dotnet10")) {
            assertThat(RuntimeVersion.parse(id).orElseThrow().supportsSnapStart()).as(id).isTrue();
        }
        for (String id : List.of("java8", "java8.al2", "python3.11", "python3.9", "python2.7", "dotnet6",
                "dotnetcore3.1", "nodejs22.x", "ruby3.4", "go1.x", "provided", "provided.al2", "provided.al2023")) {
            assertThat(RuntimeVersion.parse(id).orElseThrow().supportsSnapStart()).as(id).isFalse();
        }
    }
}
