package dev.lambdalint.linter.config;

import dev.lambdalint.linter.parse.Position;

/** One thing wrong in a config file, where it is written; the text starts with the key's path. */
record Problem(Position at, String text) {

    String format(String file) {
        return String.format("%s:%d:%d: %s", file, at.line(), at.column(), text);
    }
}
