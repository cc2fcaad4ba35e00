package dev.lambdalint.linter.evidence;

/**
 * Evidence that could not be read: which file, the line when known (0: not known) and what to do. The
 * message never quotes the log: a line it cannot read may be the function's own, with user data.
 */
public record EvidenceError(String file, long line, String message) {}
