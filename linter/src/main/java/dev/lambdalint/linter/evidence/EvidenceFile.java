package dev.lambdalint.linter.evidence;

/**
 * One file of evidence read: the format it was recognised as and how many of Lambda's own records it held
 * (REPORT lines, platform records, timeout and out-of-memory lines, metric datapoints).
 */
public record EvidenceFile(String file, EvidenceFormat format, long records) {}
