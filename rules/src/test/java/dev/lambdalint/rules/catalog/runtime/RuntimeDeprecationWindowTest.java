package dev.lambdalint.rules.catalog.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.rules.Finding;
import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.Template;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.policy.Policy;
import dev.lambdalint.rules.policy.RuntimePolicy;
import dev.lambdalint.rules.runtime.RuntimeLifecycle;
import dev.lambdalint.rules.runtime.RuntimeTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of the dates, which the fixtures (one fixed day, one table) cannot all reach. */
class RuntimeDeprecationWindowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final RuntimeTable TABLE = new RuntimeTable(TODAY, Map.of(
            "lang1", lifecycle("lang1", TODAY),
            "lang2", lifecycle("lang2", TODAY.plusDays(1)),
            "lang3", lifecycle("lang3", TODAY.plusDays(180)),
            "lang4", lifecycle("lang4", TODAY.plusDays(181)),
            "lang5", new RuntimeLifecycle("lang5", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));

    private static RuntimeLifecycle lifecycle(String id, LocalDate deprecated) {
        return new RuntimeLifecycle(id, Optional.of(deprecated), Optional.of(deprecated.plusDays(30)),
                Optional.of(deprecated.plusDays(60)), Optional.of("lang9"));
    }

    private static List<String> flagged(TemplateRule rule, Policy policy) throws Exception {
        StringBuilder resources = new StringBuilder();
        for (String id : List.of("lang1", "lang2", "lang3", "lang4", "lang5", "cobol85")) {
            resources.append(resources.length() == 0 ? "" : ",").append(String.format(
                    "\"%s\": {\"Type\": \"AWS::Lambda::Function\", \"Properties\": {\"Runtime\": \"%s\"}}", id, id));
        }
        Template t = new Template("t.json", new ObjectMapper().readTree("{\"Resources\": {" + resources + "}}"));
        TemplateModel model = TemplateModel.of(t);
        Findings out = Findings.of(model);
        rule.check(model, new LintContext(policy, TODAY, TABLE), out);
        return out.list().stream().map(Finding::resource).toList();
    }

    @Test
    void deprecatedFromTheDateItself() throws Exception {
        assertThat(flagged(new RuntimeDeprecated(), Policy.DEFAULT)).containsExactly("lang1");
    }

    @Test
    void warnsFromTheDayAfterTodayToTheLastDayOfTheWindow() throws Exception {
        assertThat(flagged(new RuntimeDeprecationSoon(), Policy.DEFAULT)).containsExactly("lang2", "lang3");
        assertThat(flagged(new RuntimeDeprecationSoon(), Policy.DEFAULT.withRuntimes(new RuntimePolicy(181))))
                .containsExactly("lang2", "lang3", "lang4");
        assertThat(flagged(new RuntimeDeprecationSoon(), Policy.DEFAULT.withRuntimes(new RuntimePolicy(0)))).isEmpty();
    }

    @Test
    void deprecatedThenCreateBlockedThenUpdateBlockedOneFindingEach() throws Exception {
        // lang1: deprecated TODAY, create blocked TODAY + 30, update blocked TODAY + 60.
        assertThat(messages(new RuntimeDeprecated(), TODAY.plusDays(29))).containsExactly(
                "Function Fn uses runtime lang1, deprecated on 2026-11-27: it still deploys but no longer gets security patches, "
                        + "creating functions on it is blocked from 2026-12-27, updating them is blocked from 2027-01-26; move to lang9");
        assertThat(messages(new RuntimeBlocked(), TODAY.plusDays(29))).isEmpty();

        assertThat(messages(new RuntimeDeprecated(), TODAY.plusDays(30))).isEmpty();
        assertThat(messages(new RuntimeBlocked(), TODAY.plusDays(30))).containsExactly(
                "Function Fn uses runtime lang1: creating functions on it fails since 2026-12-27 (new stacks and new functions); "
                        + "updates are blocked from 2027-01-26; move to lang9");

        assertThat(messages(new RuntimeBlocked(), TODAY.plusDays(60))).containsExactly(
                "Function Fn uses runtime lang1: every update of a function on it fails since 2027-01-26 (creating functions on it "
                        + "blocked since 2026-12-27), so the next deployment that touches it fails; move to lang9");
        assertThat(messages(new RuntimeDeprecated(), TODAY.plusDays(60))).isEmpty();
    }

    @Test
    void knownIdsWithoutDatesAreNeitherDeprecatedBlockedNorUnknown() throws Exception {
        assertThat(flagged(new RuntimeBlocked(), Policy.DEFAULT)).isEmpty();
        assertThat(flagged(new RuntimeUnknown(), Policy.DEFAULT)).containsExactly("cobol85");
    }

    private static List<String> messages(TemplateRule rule, LocalDate today) throws Exception {
        Template t = new Template("t.json", new ObjectMapper().readTree(
                "{\"Resources\": {\"Fn\": {\"Type\": \"AWS::Lambda::Function\", \"Properties\": {\"Runtime\": \"lang1\"}}}}"));
        TemplateModel model = TemplateModel.of(t);
        Findings out = Findings.of(model);
        rule.check(model, new LintContext(Policy.DEFAULT, today, TABLE), out);
        return out.list().stream().map(Finding::message).toList();
    }
}
