package dev.lambdalint.linter.text;

/**
 * Keeps a message on one line. Messages quote what the input says (a key, a path, a tag), and a YAML
 * key or a manifest path may hold a line break: printed raw, it would split the report's
 * {@code file:line:column: message} line in two, and in the GitHub format end the annotation early.
 */
public final class OneLine {
    private OneLine() {}

    /** {@code text} with line breaks and other control characters written as escapes ({@code \n}, {@code \u0000}). */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c)
                        : null;
            };
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
