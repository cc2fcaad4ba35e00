package dev.lambdalint.linter.load;

import dev.lambdalint.rules.model.CodeSize;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Measures how large code is once Lambda unzips it, without extracting anything: a folder is the sum
 * of its files' sizes; a {@code .zip} or {@code .jar} (Lambda unzips both) is the sum of its entries'
 * sizes as the archive's own central directory declares them, which {@link ZipFile} reads without
 * touching the data. Hostile input stays cheap: the folder walk is bounded in files and depth and
 * never follows a symbolic link out of the measured folder, and sums saturate instead of overflowing
 * (a crafted zip may declare petabytes). One instance per input: it remembers what it measured,
 * since many functions share one code folder.
 */
public final class PackageSizes {
    /** Files and folders a walk visits before it stops and reports "at least". */
    public static final int MAX_ENTRIES_WALKED = 200_000;
    /** Entries of one archive counted before stopping; a jar of a large app has some tens of thousands. */
    public static final int MAX_ENTRIES = 1_000_000;
    static final int MAX_DEPTH = 64;

    /** What of a folder goes into the package. */
    public enum Contents {
        /** Everything: a CDK asset folder is staged exactly as it is uploaded. */
        ALL(name -> false),
        /**
         * A folder a build step packages (sam build): hidden files and folders, {@code node_modules} and
         * {@code __pycache__} are left out, since the build leaves them out or installs them anew. The
         * package is then at least what is counted.
         */
        BUILD_INPUT(name -> name.startsWith(".") || name.equals("node_modules") || name.equals("__pycache__"));

        private final Predicate<String> skip;

        Contents(Predicate<String> skip) {
            this.skip = skip;
        }
    }

    /** @param partial true when a bound stopped the count, something could not be read, or was left out */
    public record Measured(long bytes, boolean partial) {}

    private final DisplayPaths display;
    /** Concurrent: the stacks of a cloud assembly are read in parallel and share one instance. */
    private final Map<String, Optional<CodeSize>> measured = new ConcurrentHashMap<>();

    public PackageSizes(DisplayPaths display) {
        this.display = display;
    }

    /**
     * The unzipped size of a code folder, or of a {@code .zip}/{@code .jar} file; empty when it does
     * not exist, is another kind of file, or is not a readable archive.
     */
    public Optional<CodeSize> measure(Path path, Contents contents) {
        Path absolute = path.toAbsolutePath().normalize();
        return measured.computeIfAbsent(contents + ":" + absolute, k -> {
            if (Files.isDirectory(absolute)) {
                return folder(absolute, contents.skip)
                        .map(m -> new CodeSize(m.bytes(), display.of(absolute) + "/", m.partial()));
            }
            if (isArchive(absolute) && Files.isRegularFile(absolute)) {
                return archive(absolute).map(m -> new CodeSize(m.bytes(), display.of(absolute), m.partial()));
            }
            return Optional.empty();
        });
    }

    public static boolean isArchive(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".zip") || name.endsWith(".jar");
    }

    /**
     * The sum of the archive's entries' uncompressed sizes from its central directory. Nothing is
     * extracted or inflated; entries that declare no size count as 0.
     */
    public static Optional<Measured> archive(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long sum = 0;
            int n = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                if (++n > MAX_ENTRIES) {
                    return Optional.of(new Measured(sum, true));
                }
                long size = entries.nextElement().getSize();
                if (size > 0) {
                    sum = CodeSize.add(sum, size);
                }
            }
            // A saturated sum only says "at least this much".
            return Optional.of(new Measured(sum, sum == Long.MAX_VALUE));
        } catch (IOException | RuntimeException e) {
            // Not a zip, or a malformed one: nothing lambdalint can measure.
            return Optional.empty();
        }
    }

    /**
     * The sum of the sizes of the regular files below {@code dir}. A symbolic link counts when it leads
     * to a file inside {@code dir}; one that leads elsewhere, or to a folder, is not followed.
     */
    public static Optional<Measured> folder(Path dir, Predicate<String> skip) {
        Path base;
        try {
            base = dir.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        Walk walk = new Walk(base, skip);
        try {
            Files.walkFileTree(base, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, walk);
        } catch (IOException e) {
            walk.partial = true;
        }
        return Optional.of(new Measured(walk.bytes, walk.partial || walk.bytes == Long.MAX_VALUE));
    }

    private static final class Walk implements FileVisitor<Path> {
        private final Path base;
        private final Predicate<String> skip;
        private long bytes;
        private int entries;
        private boolean partial;

        Walk(Path base, Predicate<String> skip) {
            this.base = base;
            this.skip = skip;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            // Folders count too: a tree of empty folders must not make the walk endless.
            if (++entries > MAX_ENTRIES_WALKED) {
                partial = true;
                return FileVisitResult.TERMINATE;
            }
            if (!dir.equals(base) && skip.test(dir.getFileName().toString())) {
                partial = true;
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (++entries > MAX_ENTRIES_WALKED) {
                partial = true;
                return FileVisitResult.TERMINATE;
            }
            if (skip.test(file.getFileName().toString())) {
                partial = true;
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                bytes = CodeSize.add(bytes, attrs.size());
            } else if (attrs.isSymbolicLink()) {
                bytes = CodeSize.add(bytes, linkedFileSize(file));
            } else if (attrs.isDirectory()) {
                // deeper than MAX_DEPTH: not walked
                partial = true;
            }
            return FileVisitResult.CONTINUE;
        }

        private long linkedFileSize(Path link) {
            try {
                Path target = link.toRealPath();
                if (target.startsWith(base) && Files.isRegularFile(target)) {
                    return Files.size(target);
                }
            } catch (IOException e) {
                partial = true;
            }
            return 0;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            partial = true;
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (exc != null) {
                partial = true;
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
