package dev.lambdalint.linter.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.load.InputError;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.parse.TreeReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    void writesLineBreaksAndControlCharactersAsEscapes() {
        assertThat(OneLine.of("a\nb\r\nc\td\u0000e\u2028f")).isEqualTo("a\\nb\\r\\nc\\td\\u0000e\\u2028f");
        assertThat(OneLine.of("plain: ünïcödé ok")).isEqualTo("plain: ünïcödé ok");
    }

    /** Found by fuzzing (LoaderFuzzTestInputs/yaml/crash-f8d1...): a quoted key may hold line breaks. */
    @Test
    void keepsADuplicateKeyWithALineBreakOnOneLine() throws Exception {
        byte[] yaml = "Resources:\n  \"a\\nb\": 1\n  \"a\\nb\": 2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(OneLine.of(new TreeReader(ReadLimits.DEFAULT).read(yaml).problems().get(0).message()))
                .isEqualTo("key 'a\\nb' appears twice in the same mapping (lines 2 and 3): CloudFormation keeps the last value and ignores the first; remove one of them");
    }

    @Test
    void keepsInputErrorsOnOneLine() {
        assertThat(new InputError("f", Optional.empty(), "refused path 'x\ny'").message()).isEqualTo("refused path 'x\\ny'");
    }
}
