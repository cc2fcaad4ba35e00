package dev.lambdalint.rules.runtime;

import static org.assertj.core.api.Assertions.assertThat;

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
    void knowsNewerIdsWithoutDates() {
        RuntimeLifecycle java = table.find("java17.al2023").orElseThrow();
        assertThat(java.deprecated()).isEmpty();
        assertThat(java.successor()).isEmpty();
    }

    @Test
    void carriesItsAsOfDateAndNothingForUnknownIds() {
        assertThat(table.asOf()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(table.find("cobol85")).isEmpty();
    }
}
