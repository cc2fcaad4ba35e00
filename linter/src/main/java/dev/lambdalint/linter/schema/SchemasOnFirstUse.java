package dev.lambdalint.linter.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.schema.PropertySchemas;
import dev.lambdalint.rules.schema.SchemaFiles;
import dev.lambdalint.rules.schema.SchemaViolation;
import java.util.List;

/**
 * The run's {@link ResourceSchemas}, made when a template first has a resource to validate. A class of
 * its own so that a run without such resources loads none of the schema classes: the engine makes this
 * one for every run.
 */
public final class SchemasOnFirstUse implements PropertySchemas {
    private volatile PropertySchemas schemas;

    @Override
    public boolean covers(String type) {
        return SchemaFiles.covers(type);
    }

    @Override
    public List<SchemaViolation> validate(String type, JsonNode properties) {
        PropertySchemas s = schemas;
        if (s == null) {
            synchronized (this) {
                if (schemas == null) {
                    schemas = new ResourceSchemas();
                }
                s = schemas;
            }
        }
        return s.validate(type, properties);
    }
}
