package dev.lambdalint.linter.text;

import java.util.ArrayList;
import java.util.List;

/** Prose folded to a width at spaces, each line's indentation kept on the lines it continues onto. */
public final class Wrap {
    private Wrap() {}

    /**
     * {@code text} with every line longer than {@code width} folded at its last space that fits. A list
     * item ({@code - ...}) continues under its text, not under its dash. A word longer than the width (a URL)
     * stands on a line of its own rather than being cut.
     */
    public static String lines(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            String continuation = " ".repeat(indent + (line.startsWith("- ", indent) ? 2 : 0));
            String rest = line;
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                if (cut <= continuation.length()) {
                    cut = rest.indexOf(' ', width);
                    if (cut < 0) {
                        break;
                    }
                }
                out.add(rest.substring(0, cut).stripTrailing());
                rest = continuation + rest.substring(cut + 1).stripLeading();
            }
            out.add(rest);
        }
        return String.join("\n", out);
    }
}
