package dev.lambdalint.rules.catalog.concurrency;

import dev.lambdalint.rules.model.IntegerCandidate;
import dev.lambdalint.rules.model.TemplateModel;
import dev.lambdalint.rules.model.Value;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What LL304 and LL307 ask: do the amounts a function takes out of its reserved concurrency (provisioned
 * concurrency of its aliases and versions, MaximumConcurrency of its SQS sources) add up to more than
 * the reserve, in one deployment? Each reserve the function can have is tried, smallest first, against
 * the most each amount can be alongside it: a value under the opposite condition ({@code !If [IsProd,
 * ...]} on both) is never deployed with that reserve.
 */
final class ReserveCrossing {
    private ReserveCrossing() {}

    /**
     * @param reserve the reserve that is exceeded
     * @param amount the amount that takes the total over it (where the finding points)
     * @param index which of the amounts that is
     * @param total the total at that amount
     */
    record Crossing(IntegerCandidate reserve, IntegerCandidate amount, int index, long total) {}

    static Optional<Crossing> find(TemplateModel template, List<IntegerCandidate> reserves, List<Optional<Value>> amounts) {
        List<IntegerCandidate> smallestFirst = reserves.stream()
                .sorted(Comparator.comparingLong(IntegerCandidate::value))
                .toList();
        List<List<IntegerCandidate>> amountValues = amounts.stream().map(template::conditionalIntegers).toList();
        for (IntegerCandidate reserve : smallestFirst) {
            long total = 0;
            for (int i = 0; i < amountValues.size(); i++) {
                Optional<IntegerCandidate> most = amountValues.get(i).stream()
                        .filter(reserve::canCoexistWith)
                        .max(Comparator.comparingLong(IntegerCandidate::value));
                if (most.isEmpty()) {
                    continue;
                }
                total += most.get().value();
                if (total > reserve.value()) {
                    return Optional.of(new Crossing(reserve, most.get(), i, total));
                }
            }
        }
        return Optional.empty();
    }
}
