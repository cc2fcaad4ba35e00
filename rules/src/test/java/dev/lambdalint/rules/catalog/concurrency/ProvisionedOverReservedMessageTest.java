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
import org.junit.jupiter.api.Test;

/** The wording of LL304, which the fixtures (rule and line only) do not check. */
class ProvisionedOverReservedMessageTest {

    private static String message(String resources) throws Exception {
        Template t = new Template("t.json", new ObjectMapper().readTree("{\"Resources\": {" + resources + "}}"));
        TemplateModel model = TemplateModel.of(t);
        Findings out = Findings.of(model);
        new ProvisionedOverReserved().check(model, new LintContext(Policy.DEFAULT, LocalDate.of(2026, 11, 27)), out);
        return out.list().stream().map(Finding::message).findFirst().orElseThrow();
    }

    @Test
    void aFunctionsOwnSettingIsNotNamedAgain() throws Exception {
        assertThat(message("""
                "Api": {"Type": "AWS::Serverless::Function", "Properties": {"AutoPublishAlias": "live",
                  "ReservedConcurrentExecutions": 5, "ProvisionedConcurrencyConfig": {"ProvisionedConcurrentExecutions": 8}}}"""))
                .isEqualTo("Function Api has 8 provisioned concurrency but only 5 reserved: Lambda refuses to provision more than is reserved");
    }

    @Test
    void namesTheAliasThatProvisions() throws Exception {
        assertThat(message("""
                "Api": {"Type": "AWS::Lambda::Function", "Properties": {"ReservedConcurrentExecutions": 5}},
                "Live": {"Type": "AWS::Lambda::Alias", "Properties": {"FunctionName": {"Ref": "Api"},
                  "ProvisionedConcurrencyConfig": {"ProvisionedConcurrentExecutions": 8}}}"""))
                .isEqualTo("Function Api has 8 provisioned concurrency (with Live) but only 5 reserved: Lambda refuses to provision more than is reserved");
    }
}
