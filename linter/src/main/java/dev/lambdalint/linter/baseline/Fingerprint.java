package dev.lambdalint.linter.baseline;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * What identifies a finding across edits: the rule, the file, the resource and the property it is
 * about. Line numbers are left out on purpose, so that a finding keeps its identity when lines above
 * it are added or removed. Two findings with the same fingerprint are told apart by counting them.
 *
 * @param file relative to the baseline's folder (or the repository root, for SARIF), forward slashes
 */
public record Fingerprint(String ruleId, String file, String resource, String pointer) {

    public static final Comparator<Fingerprint> ORDER = Comparator
            .comparing(Fingerprint::file)
            .thenComparing(Fingerprint::resource)
            .thenComparing(Fingerprint::ruleId)
            .thenComparing(Fingerprint::pointer);

    /**
     * A short stable hash (64-bit FNV-1a, hex) for tools that want one opaque string, such as SARIF's
     * partialFingerprints. Not cryptographic: it only needs to stay the same from run to run.
     */
    public String hash() {
        long h = 0xcbf29ce484222325L;
        String joined = ruleId + '\u0000' + file + '\u0000' + resource + '\u0000' + pointer;
        for (byte b : joined.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return String.format("%016x", h);
    }
}
