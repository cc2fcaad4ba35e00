package dev.lambdalint.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuntimeTableTest {
    private final RuntimeTable table = RuntimeTable.bundled();

    @Test
    void knowsDatesAndSuccessors() {
        RuntimeLifecycle python = table.find("python3.9").orElseThrow();
        assertThat(python.deprecated()).contains(LocalDate.of(2025, 12, 15));
        assertThat(python.successor()).contains("python3.14");
    }

    @Test
    void datesTheAmazonLinux2023JavaRuntimesFromTheOverlay() {
        RuntimeLifecycle java = table.find("java17.al2023").orElseThrow();
        assertThat(java.deprecated()).contains(LocalDate.of(2029, 6, 30));
        assertThat(java.blockCreate()).contains(LocalDate.of(2029, 7, 31));
        assertThat(java.blockUpdate()).contains(LocalDate.of(2029, 8, 31));
        assertThat(java.preview()).isFalse();
    }

    @Test
    void marksPreviewsAndRuntimesNeverOfferedOnArm64() {
        assertThat(table.find("nodejs26.x").orElseThrow().preview()).isTrue();
        assertThat(table.find("python3.15").orElseThrow().preview()).isTrue();
        assertThat(table.find("java8").orElseThrow().offeredOnArm64()).isFalse();
        assertThat(table.find("java8.al2").orElseThrow().offeredOnArm64()).isTrue();
        assertThat(table.find("python3.7").orElseThrow().offeredOnArm64()).isFalse();
        assertThat(table.find("python3.8").orElseThrow().offeredOnArm64()).isTrue();
    }

    @Test
    void tellsTheThreePhasesApart() {
        RuntimeLifecycle node20 = table.find("nodejs20.x").orElseThrow();
        assertThat(node20.blockedOn(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(node20.createBlockedOn(LocalDate.of(2027, 2, 1))).isTrue();
        assertThat(node20.updateBlockedOn(LocalDate.of(2027, 3, 2))).isFalse();
        assertThat(node20.updateBlockedOn(LocalDate.of(2027, 3, 3))).isTrue();
    }

    @Test
    void namesTheNearestKnownIds() {
        assertThat(table.nearest("provided.al2023023", 3)).first().isEqualTo("provided.al2023");
        assertThat(table.nearest("Python3.12", 1)).containsExactly("python3.12");
        assertThat(table.nearest("x".repeat(1_000_000), 2)).hasSize(2);
        assertThat(table.nearest("JAVA_VERSION", 3, 4, r -> true)).isEmpty();
        assertThat(table.nearest("nodejs22", 3, 2, r -> true)).first().isEqualTo("nodejs22.x");
    }

    @Test
    void carriesItsAsOfDateAndNothingForUnknownIds() {
        assertThat(table.asOf()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(table.find("cobol85")).isEmpty();
    }

    @Test
    void theBundledAsOfDateReadAloneIsTheParsedTablesDate() {
        assertThat(RuntimeTable.bundledAsOf()).isEqualTo(RuntimeTable.bundled().asOf());
    }

    private static LocalDate asOf(String json) throws Exception {
        return RuntimeTable.asOf(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheAsOfDateFromTheHeadOrWhereverTheTableHasIt() throws Exception {
        LocalDate date = LocalDate.of(2026, 12, 4);
        assertThat(RuntimeTable.leadingAsOf("{\n  \"asOf\": \"2026-12-04\",\n  \"runtimes\": {")).isEqualTo(date);
        assertThat(RuntimeTable.leadingAsOf("{\"asOf\":\"2026-12-04\"}")).isEqualTo(date);
        // any other layout is left to the JSON parser, which finds the same date
        String later = "{\"sources\": [\"a, b\"], \"runtimes\": {\"x\": {\"asOf\": \"1999-01-01\"}}, \"asOf\": \"2026-12-04\"}";
        assertThat(RuntimeTable.leadingAsOf(later)).isNull();
        assertThat(asOf(later)).isEqualTo(date);
        for (String odd : new String[] {"{\"asOf\": \"2026-12-04T00:00\"}", "{\"asOf\": \"2026-1-04\", \"x\": 1}",
                "{\"asOfDate\": \"2026-12-04\", \"asOf\": \"2026-12-04\"}", "[\"asOf\", \"2026-12-04\"]"}) {
            assertThat(RuntimeTable.leadingAsOf(odd)).as(odd).isNull();
        }
        assertThat(asOf("{\"asOfDate\": \"2025-01-01\", \"asOf\": \"2026-12-04\"}")).isEqualTo(date);
        assertThat(asOf("{" + " ".repeat(100) + "\"asOf\": \"2026-12-04\"}")).isEqualTo(date);
        assertThatThrownBy(() -> asOf("{\"runtimes\": {}}")).hasMessageContaining("without an asOf date");
    }
}
