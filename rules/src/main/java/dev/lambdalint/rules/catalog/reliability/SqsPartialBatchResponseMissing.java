package dev.lambdalint.rules.catalog.reliability;

import dev.lambdalint.rules.Findings;
import dev.lambdalint.rules.LintContext;
import dev.lambdalint.rules.RuleInfo;
import dev.lambdalint.rules.Severity;
import dev.lambdalint.rules.TemplateRule;
import dev.lambdalint.rules.model.EventSource;
import dev.lambdalint.rules.model.EventSourceKind;
import dev.lambdalint.rules.model.FunctionView;
import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.StringCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "LL708",
        name = "sqs-partial-batch-response-missing",
        severity = Severity.INFO,
        summary = "An SQS source takes batches of more than one message without ReportBatchItemFailures",
        rationale = """
                Without partial batch responses, Lambda treats a batch as one unit: when the function fails \
                on one message, every message of the batch returns to the queue and is processed again, \
                including those that succeeded. With FunctionResponseTypes: [ReportBatchItemFailures] the \
                function returns the ids of the messages that failed and only those are retried. BatchSize \
                defaults to 10 for SQS, so a source that does not set it is judged as 10; a BatchSize of 1 \
                has nothing to split.""",
        fix = "Add FunctionResponseTypes: [ReportBatchItemFailures] to the source and return batchItemFailures from the handler.",
        example = """
                Events:
                  Orders:
                    Type: SQS
                    Properties:
                      Queue: !GetAtt OrdersQueue.Arn
                      BatchSize: 10
                      FunctionResponseTypes:
                        - ReportBatchItemFailures""",
        tags = {"reliability", "event-sources", "sqs"})
public final class SqsPartialBatchResponseMissing implements TemplateRule {
    private static final String REPORT_BATCH_ITEM_FAILURES = "ReportBatchItemFailures";
    /** The SQS default of both SAM SQS events and event source mappings. */
    private static final long DEFAULT_BATCH_SIZE = 10;

    @Override
    public void check(TemplateModel template, LintContext context, Findings out) {
        for (FunctionView fn : template.functions()) {
            for (EventSource source : fn.eventSources()) {
                if (source.kind() != EventSourceKind.SQS || source.settings().isEmpty() || reportsItemFailures(template, source)) {
                    continue;
                }
                Optional<Value> batchSize = source.setting("BatchSize");
                if (batchSize.isEmpty()) {
                    out.report(this, fn, source.declaration().pointer(), message(fn, source, DEFAULT_BATCH_SIZE, " (the default)"));
                    continue;
                }
                List<IntegerCandidate> sizes = template.integers(batchSize);
                sizes.stream().filter(c -> c.value() > 1).findFirst().ifPresent(c ->
                        out.report(this, fn, c.pointer(), message(fn, source, c.value(), "")));
            }
        }
    }

    private static String message(FunctionView fn, EventSource source, long size, String which) {
        return String.format(
                "Function %s takes batches of up to %d messages%s from %s without FunctionResponseTypes: [ReportBatchItemFailures]: one failed message retries the whole batch",
                fn.logicalId(), size, which, source.describe());
    }

    /** The list holds ReportBatchItemFailures, or cannot be read (an intrinsic): not judged. */
    private static boolean reportsItemFailures(TemplateModel template, EventSource source) {
        Optional<Value> types = source.setting("FunctionResponseTypes");
        if (types.isEmpty()) {
            // Written under a misspelt name (FunctionResponseType): LL004's finding, not this one.
            return template.misspelt(source, "FunctionResponseTypes");
        }
        if (!types.get().isList()) {
            return true;
        }
        for (Value item : types.get().items()) {
            List<StringCandidate> values = template.strings(Optional.of(item));
            if (values.isEmpty() || values.stream().anyMatch(v -> v.value().equals(REPORT_BATCH_ITEM_FAILURES))) {
                return true;
            }
        }
        return false;
    }
}
