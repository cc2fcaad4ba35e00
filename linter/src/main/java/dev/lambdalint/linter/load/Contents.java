package dev.lambdalint.linter.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the bytes of a template file come from: the disk, or, for a pre-commit check, the version of
 * some files that git has staged (the index), so that {@code git add -p} gets the verdict on what will be
 * committed rather than on the working tree. Only the loader and the finder read through it; everything
 * else about a file (its name, its folder, the code beside it) stays on disk.
 */
public final class Contents {
    public static final Contents DISK = new Contents(Map.of());

    private final Map<Path, byte[]> overrides;

    private Contents(Map<Path, byte[]> overrides) {
        this.overrides = overrides;
    }

    /** The disk, except for these files (absolute, normalised paths), whose content is given. */
    public static Contents overriding(Map<Path, byte[]> files) {
        return new Contents(Map.copyOf(files));
    }

    public long size(Path file) throws IOException {
        byte[] given = overrides.get(key(file));
        return given != null ? given.length : Files.size(file);
    }

    public byte[] read(Path file) throws IOException {
        byte[] given = overrides.get(key(file));
        return given != null ? given.clone() : Files.readAllBytes(file);
    }

    public InputStream open(Path file) throws IOException {
        byte[] given = overrides.get(key(file));
        return given != null ? new ByteArrayInputStream(given) : Files.newInputStream(file);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
