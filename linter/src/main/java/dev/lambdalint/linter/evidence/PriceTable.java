package dev.lambdalint.linter.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.rules.evidence.AtMemorySize;
import dev.lambdalint.rules.evidence.Observed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Lambda's on-demand prices, from the dated copy shipped with lambdalint ({@code lambda-prices.json},
 * which names its source). The cost of an invocation is its billed GB-seconds (Billed Duration, which
 * includes the INIT phase since {@link #initBilledSince()}, times the memory in GB), one request, and
 * the ephemeral storage above the free 512 MB for as long as it ran.
 */
public record PriceTable(String asOf, String source, String region, double requestsPerMillion, double gbSecondX86,
        double gbSecondArm64, double ephemeralStorageGbSecond, String initBilledSince) {

    private static final String RESOURCE = "/lambdalint/lambda-prices.json";
    private static final int FREE_EPHEMERAL_MB = 512;

    public static PriceTable bundled() {
        try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            JsonNode n = new ObjectMapper().readTree(in);
            return new PriceTable(n.path("asOf").asText(), n.path("source").asText(), n.path("region").asText(),
                    n.path("requestsPerMillion").asDouble(), n.path("gbSecond").path("x86_64").asDouble(),
                    n.path("gbSecond").path("arm64").asDouble(), n.path("ephemeralStorageGbSecond").asDouble(),
                    n.path("initBilledSince").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a million invocations cost at the durations and memory sizes observed, in USD.
     *
     * @param arm64 price the GB-seconds at arm64's rate instead of x86_64's
     * @param ephemeralStorageMb the function's /tmp size (512 when unknown: nothing extra)
     */
    public double costPerMillion(Observed observed, boolean arm64, long ephemeralStorageMb) {
        if (observed.invocations() == 0) {
            return 0;
        }
        double seconds = 0;
        double gbSeconds = 0;
        for (AtMemorySize size : observed.bySize()) {
            gbSeconds += size.gbSeconds();
            seconds += size.billedMs() / 1000.0;
        }
        double extraStorageGb = Math.max(0, ephemeralStorageMb - FREE_EPHEMERAL_MB) / 1024.0;
        double total = gbSeconds * (arm64 ? gbSecondArm64 : gbSecondX86)
                + seconds * extraStorageGb * ephemeralStorageGbSecond;
        return total / observed.invocations() * 1_000_000 + requestsPerMillion;
    }
}
