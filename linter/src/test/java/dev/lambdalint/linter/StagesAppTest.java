package dev.lambdalint.linter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lambdalint.linter.engine.LintResult;
import dev.lambdalint.linter.engine.ReportedFinding;
import dev.lambdalint.linter.inventory.ConcurrencyBudget;
import dev.lambdalint.linter.inventory.Inventory;
import dev.lambdalint.rules.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fixtures/cdk/stages-app}: a real {@code app.synth()} of one app with two production Stages in
 * two accounts and regions (Prod/EU, Prod/US; 500 + 300 reserved in each, the 300 in a nested stack)
 * and an environment-agnostic Shared stack (50 reserved, and a custom-resource Provider).
 */
class StagesAppTest {
    private static final Path APP = Fixtures.ROOT.resolve("cdk/stages-app");

    @Test
    void eachStageStackAndNestedStackIsFoundAndKnowsWhereItDeploys() {
        LintResult result = Fixtures.lint(Path.of("."), List.of(APP.toString()));

        assertThat(result.errors()).isEmpty();
        assertThat(result.templates()).extracting(t -> t.loaded().stack(), t -> t.loaded().template().environment())
                .containsExactlyInAnyOrder(
                        tuple(Optional.of("Shared"), Optional.empty()),
                        tuple(Optional.of("Prod/EU/Api"), Optional.of("aws://111111111111/eu-west-1")),
                        tuple(Optional.of("Prod/EU/Api/Workers"), Optional.of("aws://111111111111/eu-west-1")),
                        tuple(Optional.of("Prod/US/Api"), Optional.of("aws://222222222222/us-east-1")),
                        tuple(Optional.of("Prod/US/Api/Workers"), Optional.of("aws://222222222222/us-east-1")));
    }

    @Test
    void stagesInDifferentAccountsDoNotShareAConcurrencyBudget() {
        // 850 in each account (the agnostic Shared stack counts in both), 1,650 over the app.
        LintResult result = Fixtures.lint(Path.of("."), List.of(APP.toString()));

        assertThat(findings(result, "LL303")).isEmpty();
    }

    @Test
    void anAccountOverItsBudgetIsReportedOnceInEachAccount(@TempDir Path configFolder) throws IOException {
        // 840 reservable: 500 + 300 + the 50 of the agnostic stack cross it in each account.
        Files.writeString(configFolder.resolve(".lambdalint.yaml"), "policy:\n  concurrency: {accountLimit: 940}\n");
        LintResult result = Fixtures.lint(configFolder, List.of(APP.toString()));

        assertThat(findings(result, "LL303")).extracting(ReportedFinding::stack, ReportedFinding::constructPath)
                .containsExactly(
                        tuple(Optional.of("Prod/EU/Api/Workers"), Optional.of("Prod/EU/Api/Workers/Worker/Resource")),
                        tuple(Optional.of("Prod/US/Api/Workers"), Optional.of("Prod/US/Api/Workers/Worker/Resource")));
        assertThat(findings(result, "LL303")).first().extracting(ReportedFinding::message).asString()
                .contains("adds up to 850 over 3 functions deploying to aws://111111111111/eu-west-1");
    }

    @Test
    void theProviderFrameworkIsTheCdksOwnAndTheTeamsHandlerIsNot() {
        LintResult result = Fixtures.lint(Path.of("."), List.of(APP.toString()));

        assertThat(result.active()).extracting(f -> f.constructPath().orElseThrow()).isNotEmpty()
                .noneMatch(path -> path.contains("framework-"));
        assertThat(result.active()).extracting(f -> f.constructPath().orElseThrow())
                .contains("Shared/OnEvent/Resource", "Prod/EU/Api/Handler/Resource", "Prod/US/Api/Workers/Worker/Resource");
    }

    @Test
    void theReportShowsTheBudgetOfEachAccount() {
        Inventory inventory = Inventory.of(Fixtures.lint(Path.of("."), List.of(APP.toString())), Policy.DEFAULT, false);

        assertThat(inventory.budgets())
                .extracting(ConcurrencyBudget::environment, ConcurrencyBudget::reserved, ConcurrencyBudget::overBudget)
                .containsExactly(
                        tuple(Optional.of("aws://111111111111/eu-west-1"), 850L, false),
                        tuple(Optional.of("aws://222222222222/us-east-1"), 850L, false));
    }

    private static List<ReportedFinding> findings(LintResult result, String ruleId) {
        return result.active().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
