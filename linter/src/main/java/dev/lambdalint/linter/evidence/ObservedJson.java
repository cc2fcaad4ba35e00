package dev.lambdalint.linter.evidence;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lambdalint.rules.evidence.AtMemorySize;
import dev.lambdalint.rules.evidence.Distribution;
import dev.lambdalint.rules.evidence.Observed;
import java.io.IOException;

/** {@code report --evidence --format json}: the observed table as an {@code evidence} object. */
public final class ObservedJson {
    private ObservedJson() {}

    public static void write(JsonGenerator g, EvidenceSummary e, PriceTable prices) throws IOException {
        g.writeObjectFieldStart("evidence");
        g.writeObjectFieldStart("prices");
        g.writeStringField("asOf", prices.asOf());
        g.writeStringField("source", prices.source());
        g.writeStringField("region", prices.region());
        g.writeEndObject();
        g.writeArrayFieldStart("logGroups");
        for (Observed o : e.observed().values()) {
            g.writeStartObject();
            g.writeStringField("source", o.source());
            String fn = e.functionOf().get(o.source());
            if (fn == null) {
                g.writeNullField("function");
            } else {
                g.writeStringField("function", fn);
            }
            g.writeNumberField("invocations", o.invocations());
            g.writeNumberField("coldStarts", o.coldStarts());
            distribution(g, "durationMs", o.duration());
            distribution(g, "initDurationMs", o.init());
            g.writeNumberField("timeouts", o.timeouts());
            g.writeNumberField("outOfMemory", o.outOfMemory());
            g.writeNumberField("errors", o.errors());
            if (o.throttles().isPresent()) {
                g.writeNumberField("throttles", o.throttles().getAsLong());
            } else {
                g.writeNullField("throttles");
            }
            if (o.maxConcurrency().isPresent()) {
                g.writeNumberField("maxConcurrentExecutions", o.maxConcurrency().getAsLong());
            } else {
                g.writeNullField("maxConcurrentExecutions");
            }
            g.writeStringField("from", o.first().map(Object::toString).orElse(null));
            g.writeStringField("to", o.last().map(Object::toString).orElse(null));
            g.writeArrayFieldStart("memorySizes");
            for (AtMemorySize s : o.bySize()) {
                g.writeStartObject();
                g.writeNumberField("memoryMb", s.memoryMb());
                g.writeNumberField("invocations", s.invocations());
                g.writeNumberField("maxMemoryUsedMb", s.maxMemoryUsedMb());
                g.writeNumberField("gbSeconds", s.gbSeconds());
                distribution(g, "durationMs", s.duration());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (o.invocations() > 0) {
                g.writeObjectFieldStart("costPerMillionUsd");
                g.writeNumberField("x86_64", prices.costPerMillion(o, false, 512));
                g.writeNumberField("arm64", prices.costPerMillion(o, true, 512));
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unmatched");
        for (String s : e.unmatched()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ambiguous");
        for (String s : e.ambiguous()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void distribution(JsonGenerator g, String name, Distribution d) throws IOException {
        if (d.isEmpty()) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeNumberField("p50", d.p50());
        g.writeNumberField("p95", d.p95());
        g.writeNumberField("p99", d.p99());
        g.writeNumberField("max", d.max());
        g.writeEndObject();
    }
}
