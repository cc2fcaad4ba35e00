package dev.lambdalint.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyBuilderTest {

    @Test
    void startsFromTheDefaultsAndChangesOnlyWhatIsSet() {
        assertThat(Policy.builder().build()).isEqualTo(Policy.DEFAULT);

        Policy org = Policy.builder()
                .minimumMemoryMb(512)
                .minimumMemoryMb("java*", 2048)
                .accountConcurrencyLimit(3000)
                .deprecationWarningDays(365)
                .build();

        assertThat(org.memory().minimumFor(Optional.of("python3.13"))).isEqualTo(512);
        assertThat(org.memory().minimumFor(Optional.of("java21"))).isEqualTo(2048);
        // A runtime minimum the builder did not touch keeps its default.
        assertThat(org.memory().minimumFor(Optional.of("dotnet8"))).isEqualTo(MemoryPolicy.DEFAULT.minimumFor(Optional.of("dotnet8")));
        assertThat(org.concurrency()).isEqualTo(new ConcurrencyPolicy(3000, ConcurrencyPolicy.DEFAULT.unreservedMinimum(), ConcurrencyPolicy.DEFAULT.streamConcurrencyLimit()));
        assertThat(org.runtimes().deprecationWarningDays()).isEqualTo(365);
        assertThat(org.limits()).isEqualTo(LambdaLimits.DEFAULT);
        assertThat(org.ephemeralStorage()).isEqualTo(EphemeralStoragePolicy.DEFAULT);
    }

    @Test
    void buildsOnATeamsBasePolicy() {
        Policy base = Policy.builder().maximumEphemeralStorageMb(4096).build();
        Policy team = Policy.builder(base).warnUnzippedMb(20).build();
        assertThat(team.ephemeralStorage().maximumMb()).isEqualTo(4096);
        assertThat(team.packageSize().warnUnzippedMb()).isEqualTo(20);
    }
}
