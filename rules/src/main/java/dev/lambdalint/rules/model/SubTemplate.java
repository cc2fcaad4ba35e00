package dev.lambdalint.rules.model;

import java.util.ArrayList;
import java.util.List;

/** The {@code ${Name}} variables of an {@code Fn::Sub} string ({@code ${!Literal}} is an escape, not a variable). */
public final class SubTemplate {
    private SubTemplate() {}

    public static List<String> variables(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf("${", i)) >= 0) {
            int end = text.indexOf('}', i + 2);
            if (end < 0) {
                break;
            }
            String name = text.substring(i + 2, end).trim();
            if (!name.isEmpty() && !name.startsWith("!")) {
                out.add(name);
            }
            i = end + 1;
        }
        return out;
    }

    /** The text with every variable removed, to look for literal fragments such as {@code :sqs:}. */
    public static String literalParts(String text) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int start;
        while ((start = text.indexOf("${", i)) >= 0) {
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                break;
            }
            sb.append(text, i, start).append('\u0000');
            i = end + 1;
        }
        sb.append(text.substring(i));
        return sb.toString();
    }
}
