package dev.lambdalint.linter.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lambdalint.linter.evidence.EvidenceSummary;
import dev.lambdalint.linter.evidence.ObservedJson;
import dev.lambdalint.linter.evidence.PriceTable;
import dev.lambdalint.linter.report.JsonOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * The inventory as JSON. Each setting is {@code {"values": [...], "source": "set|default|unset|unknown"}},
 * so a tool can tell Lambda's default from a value the template sets.
 */
public final class InventoryJsonReporter {

    public void write(Inventory inventory, Writer out) throws IOException {
        write(inventory, Optional.empty(), out);
    }

    /** With {@code report --evidence}: what production showed, as an {@code evidence} object after the rest. */
    public void write(Inventory inventory, Optional<EvidenceSummary> evidence, Writer out) throws IOException {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("functions");
            for (FunctionRow f : inventory.functions()) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                writeOptional(g, "stack", f.stack());
                g.writeStringField("logicalId", f.logicalId());
                writeOptional(g, "constructPath", f.constructPath());
                g.writeBooleanField("cdkInternal", f.cdkInternal());
                setting(g, "runtime", f.runtime());
                setting(g, "architecture", f.architecture());
                setting(g, "memoryMb", f.memoryMb());
                setting(g, "vcpus", f.vcpus());
                setting(g, "ephemeralStorageMb", f.ephemeralStorageMb());
                setting(g, "timeoutSeconds", f.timeoutSeconds());
                setting(g, "reservedConcurrency", f.reservedConcurrency());
                setting(g, "provisionedConcurrency", f.provisionedConcurrency());
                setting(g, "subnets", f.subnets());
                setting(g, "securityGroups", f.securityGroups());
                g.writeArrayFieldStart("eventSources");
                for (String s : f.eventSources()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeNumberField("findings", f.findings());
                g.writeEndObject();
            }
            g.writeEndArray();
            ConcurrencyBudget b = inventory.budget();
            g.writeObjectFieldStart("concurrency");
            g.writeNumberField("accountLimit", b.accountLimit());
            g.writeNumberField("unreservedMinimum", b.unreservedMinimum());
            g.writeNumberField("reservable", b.reservable());
            g.writeNumberField("reserved", b.reserved());
            g.writeNumberField("reservingFunctions", b.reserving());
            g.writeNumberField("unreservedFunctions", b.unreservedFunctions());
            g.writeNumberField("unknownFunctions", b.unknown());
            g.writeBooleanField("overBudget", b.overBudget());
            g.writeEndObject();
            g.writeNumberField("cdkInternalHidden", inventory.cdkInternalHidden());
            if (evidence.isPresent()) {
                ObservedJson.write(g, evidence.get(), PriceTable.bundled());
            }
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void setting(JsonGenerator g, String name, Setting s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeArrayFieldStart("values");
        for (String v : s.values()) {
            if (v.matches("-?\\d+(\\.\\d+)?")) {
                g.writeNumber(v);
            } else {
                g.writeString(v);
            }
        }
        g.writeEndArray();
        g.writeStringField("source", s.source().name().toLowerCase(java.util.Locale.ROOT));
        g.writeEndObject();
    }

    private static void writeOptional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }
}
