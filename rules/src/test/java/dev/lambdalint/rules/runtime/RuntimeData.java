package dev.lambdalint.rules.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the shipped runtime table ({@code runtimes.json}) from its public source and the project's
 * overlay. Build-time code: {@code rules/src/runtime-data/refresh} runs it through {@code RuntimeDataTest}.
 *
 * <p>The public source is cfn-lint's {@code LmbdRuntimeLifecycle.json} (id -> deprecated, create-block,
 * update-block, successor; MIT No Attribution), which keeps the dates AWS documents in the Lambda
 * developer guide. The overlay adds what it does not carry: ids it does not list yet (their dates only
 * until it does), previews, and the runtimes never offered on arm64.
 */
final class RuntimeData {
    static final String SOURCE_URL =
            "https://raw.githubusercontent.com/aws-cloudformation/cfn-lint/main/src/cfnlint/data/AdditionalSpecs/LmbdRuntimeLifecycle.json";

    private RuntimeData() {}

    private record Entry(String deprecated, String blockCreate, String blockUpdate, String successor,
                         boolean preview, boolean arm64) {}

    /** The table as text, one runtime per block, ids sorted, so that a refresh reads as a small diff. */
    static String build(JsonNode source, JsonNode overlay, LocalDate asOf, String sourceNote) {
        Map<String, Entry> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode r = e.getValue();
            out.put(e.getKey(), new Entry(text(r, "deprecated"), text(r, "create-block"), text(r, "update-block"),
                    text(r, "successor"), false, true));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.path("runtimes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode r = e.getValue();
            Entry known = out.get(e.getKey());
            boolean preview = r.path("preview").asBoolean(false);
            out.put(e.getKey(), known != null
                    ? new Entry(known.deprecated, known.blockCreate, known.blockUpdate, known.successor, preview, true)
                    : new Entry(text(r, "deprecated"), text(r, "blockCreate"), text(r, "blockUpdate"),
                            text(r, "successor"), preview, true));
        }
        Set<String> notOnArm64 = new HashSet<>();
        overlay.path("notOnArm64").forEach(id -> notOnArm64.add(id.asText()));
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"asOf\": \"").append(asOf).append("\",\n  \"sources\": [\n    ")
                .append(quote(sourceNote)).append(",\n    ")
                .append(quote("rules/src/runtime-data/overlay.json: ids the public table does not list yet, previews, runtimes never offered on arm64"))
                .append("\n  ],\n  \"runtimes\": {\n");
        int n = 0;
        for (Map.Entry<String, Entry> e : out.entrySet()) {
            Entry r = e.getValue();
            sb.append("    ").append(quote(e.getKey())).append(": {\n")
                    .append("      \"deprecated\": ").append(quote(r.deprecated)).append(",\n")
                    .append("      \"blockCreate\": ").append(quote(r.blockCreate)).append(",\n")
                    .append("      \"blockUpdate\": ").append(quote(r.blockUpdate)).append(",\n")
                    .append("      \"successor\": ").append(quote(r.successor));
            if (r.preview) {
                sb.append(",\n      \"preview\": true");
            }
            if (notOnArm64.contains(e.getKey())) {
                sb.append(",\n      \"arm64\": false");
            }
            sb.append("\n    }").append(++n < out.size() ? ",\n" : "\n");
        }
        return sb.append("  }\n}\n").toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
