package dev.lambdalint.rules.model;

import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901): the one way rules say where a finding is. */
public final class Pointers {
    private Pointers() {}

    public static String child(String parent, String key) {
        return parent + "/" + escape(key);
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    public static String resource(String logicalId) {
        return child("/Resources", logicalId);
    }

    public static String escape(String key) {
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            return key;
        }
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The unescaped segments of {@code pointer}; the empty pointer has none. */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        int start = 1;
        while (start <= pointer.length()) {
            int end = pointer.indexOf('/', start);
            if (end < 0) {
                end = pointer.length();
            }
            out.add(pointer.substring(start, end).replace("~1", "/").replace("~0", "~"));
            start = end + 1;
        }
        return out;
    }
}
