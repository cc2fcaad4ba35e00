package dev.lambdalint.linter.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.schema.Acceptance.Verdict;
import dev.lambdalint.rules.schema.PropertySchemas;
import dev.lambdalint.rules.schema.SchemaFiles;
import dev.lambdalint.rules.schema.SchemaViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vendored resource schemas ({@link SchemaFiles}): {@link Acceptance} answers for the properties
 * that pass (or whose only possible faults are at values LL004 never judges), Everit
 * ({@link EveritSchemas}) judges and describes the rest. Everit's set-up is most of what LL004 costs a
 * small run, so a run whose resources all pass never builds it, nor loads its classes: this class names
 * none of them. Each schema is read the first time a template of the run has a resource of its type.
 */
public final class ResourceSchemas implements PropertySchemas {
    private final Map<String, Acceptance> acceptance = new ConcurrentHashMap<>();
    private volatile PropertySchemas everit;

    @Override
    public boolean covers(String type) {
        return SchemaFiles.covers(type);
    }

    @Override
    public List<SchemaViolation> validate(String type, JsonNode properties) {
        Optional<String> resource = SchemaFiles.resource(type);
        if (resource.isEmpty()) {
            return List.of();
        }
        Verdict verdict = acceptance.computeIfAbsent(type, t -> Acceptance.of(resource.get())).check(properties);
        if (verdict == Verdict.PASS || verdict == Verdict.MASKED) {
            return List.of();
        }
        return everit().validate(type, properties);
    }

    private PropertySchemas everit() {
        PropertySchemas e = everit;
        if (e == null) {
            synchronized (this) {
                if (everit == null) {
                    everit = new EveritSchemas();
                }
                e = everit;
            }
        }
        return e;
    }
}
