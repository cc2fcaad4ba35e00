package dev.lambdalint.linter.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Key=Value} pairs of {@code --parameter-overrides}, as a parameters file and a
 * {@code samconfig.toml}'s {@code parameter_overrides} both write them.
 */
final class OverridePairs {
    private OverridePairs() {}

    /**
     * {@code Key=Value} pairs separated by white space; a value may be quoted ({@code Name="a b"}, or the
     * whole pair: {@code "Name=a b"}), as in a shell.
     */
    static Map<String, String> read(String text, String name) throws ParameterException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String word : words(text)) {
            int eq = word.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(name + ": '" + word + "' is not Key=Value");
            }
            out.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    word.append('"');
                    i++;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }
}
