package dev.lambdalint.rules.catalog.packaging;

import dev.lambdalint.rules.model.CodeSize;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a function unzips to, as far as the loader measured it: its code and the layers of this template
 * it uses (layers from elsewhere are not on disk). Each possible {@code Layers} list (an {@code Fn::If}
 * branch) is one package; the largest counts.
 *
 * @param layerList the {@code Layers} list this package uses, when it has one
 */
record UnzippedPackage(Optional<CodeSize> code, Map<String, CodeSize> layers, Optional<Value> layerList) {

    /** The sum of code and layers, pinned at {@link Long#MAX_VALUE}. */
    long total() {
        long sum = code.map(CodeSize::bytes).orElse(0L);
        for (CodeSize layer : layers.values()) {
            sum = CodeSize.add(sum, layer.bytes());
        }
        return sum;
    }

    boolean atLeast() {
        return code.map(CodeSize::atLeast).orElse(false) || layers.values().stream().anyMatch(CodeSize::atLeast);
    }

    /** The largest package the function can have; empty when none of it was measured on disk. */
    static Optional<UnzippedPackage> largest(TemplateModel template, FunctionView fn) {
        Optional<CodeSize> code = template.codeSize(fn.logicalId());
        List<Optional<Value>> lists = new ArrayList<>();
        if (fn.layers().isEmpty() || !template.noValueBranches(fn.layers()).isEmpty()) {
            lists.add(Optional.empty());
        }
        template.candidates(fn.layers()).forEach(v -> lists.add(Optional.of(v)));
        if (lists.isEmpty()) {
            // Layers no one can know before deploying: the code alone is what the package is at least.
            lists.add(Optional.empty());
        }
        UnzippedPackage best = null;
        for (Optional<Value> list : lists) {
            Map<String, CodeSize> layers = new LinkedHashMap<>();
            for (Value entry : list.map(Value::items).orElse(List.of())) {
                // An Fn::If entry may name two layers of this template: the larger one counts.
                template.layersReferencedBy(entry.node()).stream()
                        .flatMap(id -> template.codeSize(id).map(size -> Map.entry(id, size)).stream())
                        .max(Map.Entry.comparingByValue((a, b) -> Long.compare(a.bytes(), b.bytes())))
                        .ifPresent(e -> layers.putIfAbsent(e.getKey(), e.getValue()));
            }
            UnzippedPackage p = new UnzippedPackage(code, layers, list);
            if (best == null || p.total() > best.total()) {
                best = p;
            }
        }
        if (best == null || (code.isEmpty() && best.layers().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Where a finding about the package points: the function's code when measured, else its Layers. */
    String pointer(FunctionView fn) {
        if (code.isPresent()) {
            return fn.code().map(Value::pointer).orElse(fn.pointer());
        }
        return layerList.map(Value::pointer).orElse(fn.pointer());
    }

    /** {@code code 30.0 MB at cdk.out/asset.1f2e; layer Deps 230.0 MB at layers/deps}. */
    String parts() {
        List<String> parts = new ArrayList<>();
        code.ifPresent(c -> parts.add("code " + c.describe() + " at " + c.measuredAt()));
        layers.forEach((id, size) -> parts.add("layer " + id + " " + size.describe() + " at " + size.measuredAt()));
        return String.join("; ", parts);
    }
}
