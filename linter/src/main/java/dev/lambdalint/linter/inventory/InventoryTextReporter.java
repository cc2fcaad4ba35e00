package dev.lambdalint.linter.inventory;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The inventory as aligned tables for a terminal, one table per stack (or file), then the budget. */
public final class InventoryTextReporter {
    private static final String[] HEADER = {
        "FUNCTION", "RUNTIME", "ARCH", "MEMORY", "VCPU", "/TMP", "TIMEOUT", "RESERVED", "PROVISIONED",
        "SUBNETS", "SGS", "SOURCES", "FINDINGS"
    };

    public void write(Inventory inventory, Writer out) throws IOException {
        String group = null;
        List<String[]> rows = new ArrayList<>();
        for (FunctionRow f : inventory.functions()) {
            if (!f.group().equals(group)) {
                flush(group, rows, out);
                group = f.group();
                rows = new ArrayList<>();
            }
            rows.add(new String[] {
                f.name() + (f.cdkInternal() ? " (cdk)" : ""), f.runtime().cell(), f.architecture().cell(),
                f.memoryMb().cell(), f.vcpus().cell(), f.ephemeralStorageMb().cell(), f.timeoutSeconds().cell(),
                f.reservedConcurrency().cell(), f.provisionedConcurrency().cell(), f.subnets().cell(),
                f.securityGroups().cell(), f.eventSources().isEmpty() ? "-" : String.join(",", f.eventSources()),
                String.valueOf(f.findings())
            });
        }
        flush(group, rows, out);
        if (inventory.functions().isEmpty()) {
            out.write("No functions.\n");
        } else {
            out.write("* Lambda's default: the template does not set it. ? decided at deploy time.\n");
        }
        if (inventory.cdkInternalHidden() > 0) {
            out.write(inventory.cdkInternalHidden() + " function(s) added by the CDK itself not listed; --include-cdk-internal lists them.\n");
        }
        for (ConcurrencyBudget b : inventory.budgets()) {
            out.write(String.format("%nConcurrency budget%s: %d reserved by %d function(s) of the %d reservable "
                            + "(account limit %d, %d kept unreserved)%s.%n",
                    b.environment().map(e -> " of " + e).orElse(""),
                    b.reserved(), b.reserving(), b.reservable(), b.accountLimit(), b.unreservedMinimum(),
                    b.overBudget() ? ": OVER BUDGET, deployments will fail" : ""));
            out.write(String.format("%d function(s) without reserved concurrency share the remaining %d%s.%n",
                    b.unreservedFunctions(), Math.max(0, b.sharedPool()),
                    b.unknown() > 0 ? "; " + b.unknown() + " reserve an amount only a deployment decides" : ""));
        }
        if (inventory.budgets().size() > 1) {
            out.write("Stacks that do not name their account and region count in each budget.\n");
        }
    }

    private static void flush(String group, List<String[]> rows, Writer out) throws IOException {
        if (group == null || rows.isEmpty()) {
            return;
        }
        out.write(group + "\n");
        int[] widths = new int[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            widths[i] = HEADER[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.write(line(HEADER, widths));
        for (String[] row : rows) {
            out.write(line(row, widths));
        }
        out.write("\n");
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder("  ");
        for (int i = 0; i < cells.length; i++) {
            boolean numeric = i >= 3 && i != 11;
            String cell = cells[i];
            String pad = " ".repeat(widths[i] - cell.length());
            sb.append(numeric ? pad + cell : cell + pad);
            if (i < cells.length - 1) {
                sb.append("  ");
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
