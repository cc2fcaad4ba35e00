package dev.lambdalint.benchmarks.inputs;

/**
 * A CloudFormation intrinsic in the generator's plain-data documents: written as its short-form YAML tag
 * ({@code !Ref X}) or its JSON long form ({@code {"Ref": "X"}}), so that both loaders get what real
 * templates give them.
 *
 * @param name the tag without the {@code !}: Ref, GetAtt, Sub, If, FindInMap, Equals, ...
 * @param value the argument: a string, or a list for the functions that take several
 */
public record Tag(String name, Object value) {

    public static Tag ref(String target) {
        return new Tag("Ref", target);
    }

    /** {@code !GetAtt Resource.Attribute}. */
    public static Tag getAtt(String resource, String attribute) {
        return new Tag("GetAtt", resource + "." + attribute);
    }

    public static Tag sub(String text) {
        return new Tag("Sub", text);
    }

    public static Tag fnIf(String condition, Object then, Object otherwise) {
        return new Tag("If", java.util.List.of(condition, then, otherwise));
    }

    public static Tag noValue() {
        return ref("AWS::NoValue");
    }
}
