package dev.lambdalint.rules.catalog.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording of the one LL303 finding, which the fixtures (rule and line only) do not check. */
class ReservedConcurrencyOverAccountMessageTest {

    private static String message(String resources) throws Exception {
        Template t = new Template("t.json", new ObjectMapper().readTree("{\"Resources\": {" + resources + "}}"));
        Findings out = Findings.acrossTemplates();
        new ReservedConcurrencyOverAccount().check(List.of(TemplateModel.of(t)),
                new LintContext(Policy.DEFAULT, LocalDate.of(2026, 11, 27)), out);
        return out.list().stream().map(Finding::message).findFirst().orElseThrow();
    }

    private static String function(String id, int reserved) {
        return String.format("\"%s\": {\"Type\": \"AWS::Lambda::Function\", \"Properties\": {\"ReservedConcurrentExecutions\": %d}}",
                id, reserved);
    }

    @Test
    void oneFunctionOverTheLimitIsNamedAsOne() throws Exception {
        assertThat(message(function("Batch", 950)))
                .startsWith("Function Batch reserves 950, above the 900 that an account limit of 1000 allows")
                .doesNotContain("1 functions");
    }

    @Test
    void severalFunctionsGiveTheTotalAndTheOneThatCrossesTheLine() throws Exception {
        assertThat(message(function("A", 600) + "," + function("B", 400)))
                .startsWith("Reserved concurrency adds up to 1000 over 2 functions, above the 900")
                .contains("function B (400) takes the total over the line, to 1000");
    }
}
