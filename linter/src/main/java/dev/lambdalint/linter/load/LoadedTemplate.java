package dev.lambdalint.linter.load;

import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.parse.SourceMap;
import dev.lambdalint.linter.parse.Span;
import dev.lambdalint.rules.model.CodeSize;
import dev.lambdalint.rules.model.Template;
import java.util.Map;
import java.util.Optional;

/**
 * A template ready for the rules, with what the engine needs to turn pointers into places.
 *
 * @param file the path shown to the user (relative to the working directory when it lies below it)
 * @param stack the CloudFormation stack, for templates of a cloud assembly
 * @param constructPaths CDK construct path of each logical id, for templates of a cloud assembly
 */
public record LoadedTemplate(
        Template template,
        String file,
        SourceMap sourceMap,
        Optional<String> stack,
        Map<String, String> constructPaths) {

    /** The same template with the code sizes the loader measured on disk. */
    public LoadedTemplate withCodeSizes(Map<String, CodeSize> sizes) {
        if (sizes.isEmpty()) {
            return this;
        }
        return new LoadedTemplate(template.withCodeSizes(sizes), file, sourceMap, stack, constructPaths);
    }

    /** The same template, known to deploy to this account and region ({@code aws://account/region}). */
    public LoadedTemplate withEnvironment(String accountAndRegion) {
        return new LoadedTemplate(template.withEnvironment(accountAndRegion), file, sourceMap, stack, constructPaths);
    }

    public Position position(String pointer) {
        return sourceMap.find(template.root(), pointer);
    }

    /** Where the node at {@code pointer} is written, from start to end (see {@link Span}). */
    public Span span(String pointer) {
        return sourceMap.findSpan(template.root(), pointer);
    }

    public Optional<String> constructPath(String logicalId) {
        return Optional.ofNullable(constructPaths.get(logicalId));
    }
}
