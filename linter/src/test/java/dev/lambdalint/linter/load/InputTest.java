package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input's records write their equality out (start-up time); it must stay a record's value equality. */
class InputTest {
    @Test
    void inputsAreEqualByKindAndPath() {
        Path a = Path.of("infra", "a.yaml");
        assertThat(new Input.TemplateFile(a)).isEqualTo(new Input.TemplateFile(Path.of("infra", "a.yaml")))
                .hasSameHashCodeAs(new Input.TemplateFile(Path.of("infra", "a.yaml")))
                .isNotEqualTo(new Input.TemplateFile(Path.of("infra", "b.yaml")))
                .isNotEqualTo(new Input.Assembly(a))
                .isNotEqualTo(null);
        assertThat(new Input.Assembly(a)).isEqualTo(new Input.Assembly(a)).hasSameHashCodeAs(new Input.Assembly(a))
                .isNotEqualTo(new Input.TemplateFile(a));
        assertThat(new Input.StandardInput()).isEqualTo(new Input.StandardInput());
        var set = new LinkedHashSet<Input>(List.of(new Input.TemplateFile(a), new Input.Assembly(a),
                new Input.TemplateFile(Path.of("infra", "a.yaml")), new Input.StandardInput(), new Input.StandardInput()));
        assertThat(set).containsExactly(new Input.TemplateFile(a), new Input.Assembly(a), new Input.StandardInput());
    }
}
