package dev.lambdalint.linter.inventory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a function's setting is, as far as the template says: the values it can take (several with
 * Fn::If or a parameter's AllowedValues), Lambda's default when it is not set, or unknown when an
 * intrinsic decides it at deploy time.
 */
public record Setting(List<String> values, Source source) {

    public enum Source { SET, DEFAULT, UNSET, UNKNOWN }

    public static Setting set(List<String> values) {
        return values.isEmpty() ? unknown() : new Setting(List.copyOf(values), Source.SET);
    }

    public static Setting lambdaDefault(String value) {
        return new Setting(List.of(value), Source.DEFAULT);
    }

    public static Setting unset() {
        return new Setting(List.of(), Source.UNSET);
    }

    public static Setting unknown() {
        return new Setting(List.of(), Source.UNKNOWN);
    }

    /** For a table cell: {@code 512|1024}, {@code 128*} for a default, {@code ?} when unknown, {@code -} when unset. */
    public String cell() {
        return switch (source) {
            case SET -> values.stream().distinct().collect(Collectors.joining("|"));
            case DEFAULT -> values.get(0) + "*";
            case UNSET -> "-";
            case UNKNOWN -> "?";
        };
    }
}
