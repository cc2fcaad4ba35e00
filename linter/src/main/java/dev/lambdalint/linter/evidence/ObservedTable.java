package dev.lambdalint.linter.evidence;

import dev.lambdalint.rules.evidence.AtMemorySize;
import dev.lambdalint.rules.evidence.Observed;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report --evidence}: what production showed, one row per log group, then the duration per
 * memory size where the logs hold several (a deployment changed MemorySize: the evidence of whether
 * more memory made the function faster).
 */
public final class ObservedTable {
    private static final String[] HEADER = {
        "LOG GROUP", "FUNCTION", "INVOCATIONS", "COLD", "P50", "P95", "P99", "INIT P95", "MAX MEMORY", "TIMEOUTS", "OOM",
        "THROTTLES", "$/1M X86", "$/1M ARM64"
    };

    private final PriceTable prices;

    public ObservedTable(PriceTable prices) {
        this.prices = prices;
    }

    /** @param functions the template function each source matched, by source name (absent: none) */
    public void write(Map<String, Observed> observed, Map<String, String> functions, Writer out) throws IOException {
        out.write("Observed in production\n");
        if (observed.isEmpty()) {
            out.write("No REPORT lines or metrics in the evidence.\n");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        List<Observed> resized = new ArrayList<>();
        for (Observed o : observed.values()) {
            rows.add(new String[] {
                o.source(), functions.getOrDefault(o.source(), "-"), count(o.invocations()),
                o.invocations() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", o.coldStartShare() * 100),
                ms(o.duration().isEmpty(), o.duration().p50()), ms(o.duration().isEmpty(), o.duration().p95()),
                ms(o.duration().isEmpty(), o.duration().p99()), ms(o.init().isEmpty(), o.init().p95()),
                o.mainSize().map(s -> s.maxMemoryUsedMb() + "/" + s.memoryMb() + " MB").orElse("-"),
                count(o.timeouts()), count(o.outOfMemory()),
                o.throttles().isPresent() ? count(o.throttles().getAsLong()) : "-",
                cost(o, false), cost(o, true)
            });
            if (o.bySize().size() > 1) {
                resized.add(o);
            }
        }
        table(rows, 2, out);
        out.write(String.format(Locale.ROOT, "Durations in ms; MAX MEMORY is the highest Max Memory Used of the size most "
                + "invocations ran with. Cost: Lambda's %s prices as of %s (%s), Billed Duration including INIT, "
                + "requests; ephemeral storage above 512 MB not counted here.%n", prices.region(), prices.asOf(),
                prices.source()));
        for (Observed o : resized) {
            out.write(String.format(Locale.ROOT, "%nDuration per memory size, %s:%n", o.source()));
            List<String[]> sizes = new ArrayList<>();
            sizes.add(new String[] {"MEMORY", "INVOCATIONS", "P50", "P95", "P99", "MAX MEMORY USED", "GB-SECONDS"});
            for (AtMemorySize s : o.bySize()) {
                sizes.add(new String[] {
                    s.memoryMb() + " MB", count(s.invocations()), ms(s.duration().isEmpty(), s.duration().p50()),
                    ms(s.duration().isEmpty(), s.duration().p95()), ms(s.duration().isEmpty(), s.duration().p99()),
                    s.maxMemoryUsedMb() + " MB", String.format(Locale.ROOT, "%,.1f", s.gbSeconds())
                });
            }
            table(sizes, 1, out);
        }
    }

    private String cost(Observed o, boolean arm64) {
        return o.invocations() == 0 ? "-" : String.format(Locale.ROOT, "%,.2f", prices.costPerMillion(o, arm64, 512));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String ms(boolean empty, double value) {
        return empty ? "-" : String.format(Locale.ROOT, "%,.1f", value);
    }

    /** @param left how many leading columns are text, aligned left; the numbers after them align right */
    private static void table(List<String[]> rows, int left, Writer out) throws IOException {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                sb.append(i == 0 ? "" : "  ");
                sb.append(i < left ? String.format("%-" + widths[i] + "s", row[i]) : String.format("%" + widths[i] + "s", row[i]));
            }
            out.write(sb.toString().stripTrailing() + "\n");
        }
    }
}
