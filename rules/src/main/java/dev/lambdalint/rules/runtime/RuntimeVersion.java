package dev.lambdalint.rules.runtime;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Lambda runtime id taken apart: {@code java17.al2023} is family {@code java}, version 17, variant
 * {@code .al2023}; {@code python3.12} is {@code python} 3.12; {@code nodejs22.x} is {@code nodejs} 22.
 * Rules that depend on a language version (SnapStart: Java 11+, Python 3.12+, .NET 8+) compare
 * versions instead of listing ids, so that new ids (java25, python3.15) are judged without a code change.
 *
 * @param family the language part: java, python, dotnet, dotnetcore, nodejs, ruby, go, provided
 * @param major 0 when the id has no version ({@code provided}, {@code provided.al2})
 * @param variant what follows the version ({@code .al2023}, {@code .x}), or the OS of an OS-only runtime
 */
public record RuntimeVersion(String family, int major, int minor, String variant) {
    // dotnetcore before dotnet: alternation takes the first family that fits.
    private static final Pattern VERSIONED =
            Pattern.compile("(java|python|dotnetcore|dotnet|nodejs|ruby|go)(\\d++)(?:\\.(\\d++))?+(.*)");
    private static final int MAX_DIGITS = 4;
    private static final Pattern OS_ONLY = Pattern.compile("provided(\\..*)?");

    /** The parts of {@code id}; empty for an id of no known family (never an exception). */
    public static Optional<RuntimeVersion> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String s = id.trim();
        Matcher os = OS_ONLY.matcher(s);
        if (os.matches()) {
            return Optional.of(new RuntimeVersion("provided", 0, 0, os.group(1) == null ? "" : os.group(1)));
        }
        Matcher m = VERSIONED.matcher(s);
        // Possessive groups take every digit, so "java99999999999" is one (absurd) version, refused here.
        if (!m.matches() || m.group(2).length() > MAX_DIGITS || (m.group(3) != null && m.group(3).length() > MAX_DIGITS)) {
            return Optional.empty();
        }
        int minor = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(new RuntimeVersion(m.group(1), Integer.parseInt(m.group(2)), minor, m.group(4)));
    }

    /** True for {@code family} at version {@code major.minor} or later. */
    public boolean atLeast(String otherFamily, int otherMajor, int otherMinor) {
        return family.equals(otherFamily)
                && (major > otherMajor || (major == otherMajor && minor >= otherMinor));
    }

    /** Java 11 and later, on any OS variant: the runtimes whose cold start SnapStart shortens most. */
    public boolean isJava11OrLater() {
        return atLeast("java", 11, 0);
    }

    /**
     * The managed runtimes SnapStart supports: Java 11 and later, Python 3.12 and later, .NET 8 and
     * later. Not other languages, not OS-only runtimes ({@code provided.*}).
     */
    public boolean supportsSnapStart() {
        return isJava11OrLater() || atLeast("python", 3, 12) || atLeast("dotnet", 8, 0);
    }
}
