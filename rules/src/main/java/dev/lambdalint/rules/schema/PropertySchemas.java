package dev.lambdalint.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Validates the {@code Properties} of a resource against the vendored schema of its type. The rules
 * module only knows this contract: the validator (Everit, in {@code linter}) comes in through the
 * {@link dev.lambdalint.rules.LintContext}, so that rules stay free of the schema library and a run
 * loads it only when a template has a resource of a schema'd type.
 */
public interface PropertySchemas {

    /** Validates nothing: for runs and tests without schemas. */
    PropertySchemas NONE = new PropertySchemas() {
        @Override
        public boolean covers(String type) {
            return false;
        }

        @Override
        public List<SchemaViolation> validate(String type, JsonNode properties) {
            return List.of();
        }
    };

    boolean covers(String type);

    /**
     * Every fault the schema of {@code type} finds in {@code properties}, each with a JSON pointer
     * relative to {@code properties}; empty when it passes or the type has no schema. Values are
     * taken as written: intrinsic functions are the caller's to leave out or resolve first. Where every
     * fault would be one LL004 leaves out (at or inside an intrinsic function or a {@code {{resolve:}}}
     * reference, or a list's item count or uniqueness around one), the answer may be empty: a validator
     * is spared its work on what nobody reports.
     */
    List<SchemaViolation> validate(String type, JsonNode properties);
}
