package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.LogGroup;
import dev.lambdalint.rules.model.LogGroupIndex;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "LL704",
        name = "log-retention-unset",
        severity = Severity.WARNING,
        summary = "No log group with RetentionInDays for the function, so its logs are kept and billed forever",
        rationale = """
                When a function first logs, Lambda creates its log group /aws/lambda/<function name> with no \
                retention: CloudWatch keeps every line forever and bills its storage every month. A template \
                sets retention by declaring that log group (AWS::Logs::LogGroup named /aws/lambda/<function \
                name>, by literal name, !Sub or !Join with the function's Ref) with RetentionInDays, by \
                pointing LoggingConfig.LogGroup at a log group of the template that has RetentionInDays, or \
                with the CDK's logRetention (Custom::LogRetention). A LoggingConfig.LogGroup that is not in the \
                template is managed elsewhere and not judged. The finding points at the function, or at its \
                log group when that exists without RetentionInDays.""",
        fix = "Declare the function's log group with RetentionInDays (SAM: AWS::Logs::LogGroup with LogGroupName !Sub /aws/lambda/${Function}; CDK: logGroup with retention), or set RetentionInDays on the log group LoggingConfig points at.",
        example = """
                OrdersFunctionLogs:
                  Type: AWS::Logs::LogGroup
                  Properties:
                    LogGroupName: !Sub /aws/lambda/${OrdersFunction}
                    RetentionInDays: 30""",
        tags = {"observability", "cost"})
public final class LogRetentionUnset implements TemplateRule {

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        LogGroupIndex logGroups = template.logGroups();
        for (FunctionView fn : template.functions()) {
            Optional<Value> custom = fn.loggingLogGroup();
            List<LogGroup> groups;
            if (custom.isPresent()) {
                Optional<LogGroup> designated = logGroups.designatedBy(custom.get());
                if (designated.isEmpty()) {
                    // A log group of another stack or created by hand: its retention is set there, if anywhere.
                    continue;
                }
                groups = List.of(designated.get());
            } else {
                groups = logGroups.defaultGroupsOf(fn);
            }
            if (groups.stream().anyMatch(LogGroup::hasRetention)) {
                continue;
            }
            if (groups.isEmpty()) {
                out.report(this, fn, fn.pointer(), String.format(
                        "Function %s has no log group with RetentionInDays: Lambda creates /aws/lambda/<name> without retention and its logs are kept and billed forever",
                        fn.logicalId()));
            } else {
                LogGroup group = groups.get(0);
                out.report(this, fn, group.resource().pointer(), String.format(
                        "Function %s logs to %s, which does not set RetentionInDays: its logs are kept and billed forever",
                        fn.logicalId(), group.logicalId()));
            }
        }
    }
}
