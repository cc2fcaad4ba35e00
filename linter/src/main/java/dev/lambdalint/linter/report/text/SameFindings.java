package dev.lambdalint.linter.report.text;

import dev.lambdalint.linter.engine.ReportedFinding;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings for a person to read, one per place: a bad value in SAM {@code Globals} shared by 30 functions is
 * one thing to fix at one line, not 30 lines to scroll past. Findings of the same rule at the same position
 * whose messages differ only in the function they name become one, naming the functions. The machine
 * formats (JSON, SARIF, JUnit) keep one result per function.
 */
final class SameFindings {
    /** Names listed before "and N more". */
    private static final int NAMED = 3;

    private SameFindings() {}

    /**
     * @param first the finding shown
     * @param resources every resource the finding was reported for, {@code first}'s included; one for a lone finding
     */
    record Group(ReportedFinding first, List<String> resources) {
        /** "A, B, C and 27 more", or "A and B". */
        String functions() {
            if (resources.size() <= NAMED + 1) {
                return String.join(", ", resources.subList(0, resources.size() - 1)) + " and " + resources.get(resources.size() - 1);
            }
            return String.join(", ", resources.subList(0, NAMED)) + " and " + (resources.size() - NAMED) + " more";
        }
    }

    /** {@code findings} in report order, those that say the same at one place taken together. */
    static List<Group> of(List<ReportedFinding> findings) {
        List<Group> out = new ArrayList<>();
        ReportedFinding current = null;
        List<String> resources = new ArrayList<>();
        for (ReportedFinding f : findings) {
            if (current != null && same(current, f)) {
                resources.add(f.resource());
                continue;
            }
            if (current != null) {
                out.add(new Group(current, List.copyOf(resources)));
            }
            current = f;
            resources = new ArrayList<>(List.of(f.resource()));
        }
        if (current != null) {
            out.add(new Group(current, List.copyOf(resources)));
        }
        return out;
    }

    private static boolean same(ReportedFinding a, ReportedFinding b) {
        return a.file().equals(b.file()) && a.line() == b.line() && a.column() == b.column()
                && a.ruleId().equals(b.ruleId()) && a.severity() == b.severity()
                && a.suppressionReason().equals(b.suppressionReason())
                && a.constructPath().isEmpty() && b.constructPath().isEmpty()
                && !a.resource().equals(b.resource())
                && withoutName(a).equals(withoutName(b));
    }

    private static String withoutName(ReportedFinding f) {
        return f.resource().isBlank() ? f.message() : f.message().replace(f.resource(), "\u0000");
    }
}
