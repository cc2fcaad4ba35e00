package dev.lambdalint.linter.load;

import java.nio.file.Path;

/**
 * One thing to lint: a template file, a cloud assembly folder, or standard input. The finder keeps them in
 * a set, so every run compares them: {@code equals} and {@code hashCode} are written out, because a
 * record's generated ones bootstrap {@code java.lang.runtime.ObjectMethods} on first use, ~15 method-handle
 * classes that no class-data archive on JDK 17 stores (~4 % of a small check's start-up).
 */
public sealed interface Input {
    record TemplateFile(Path path) implements Input {
        @Override
        public boolean equals(Object o) {
            return o instanceof TemplateFile other && path.equals(other.path);
        }

        @Override
        public int hashCode() {
            return path.hashCode();
        }
    }

    record Assembly(Path directory) implements Input {
        @Override
        public boolean equals(Object o) {
            return o instanceof Assembly other && directory.equals(other.directory);
        }

        @Override
        public int hashCode() {
            return 31 * directory.hashCode() + 1;
        }
    }

    record StandardInput() implements Input {}
}
