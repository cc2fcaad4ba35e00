package dev.lambdalint.linter.load;

import java.nio.file.Path;

/** One thing to lint: a template file, a cloud assembly folder, or standard input. */
public sealed interface Input {
    record TemplateFile(Path path) implements Input {}

    record Assembly(Path directory) implements Input {}

    record StandardInput() implements Input {}
}
