package dev.lambdalint.linter.evidence;

import java.io.IOException;

/** An evidence file that is not what its first bytes promised; the line where reading stopped, 0 if unknown. */
final class EvidenceException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    EvidenceException(long line, String message) {
        super(message);
        this.line = line;
    }

    long line() {
        return line;
    }
}
