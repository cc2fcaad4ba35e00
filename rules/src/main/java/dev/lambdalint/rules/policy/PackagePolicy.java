package dev.lambdalint.rules.policy;

/** @param warnUnzippedMb unzipped code size above which cold starts suffer */
public record PackagePolicy(int warnUnzippedMb) {
    public static final PackagePolicy DEFAULT = new PackagePolicy(50);
}
