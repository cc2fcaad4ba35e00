package dev.lambdalint.linter.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes a file the way a user expects of a report, a baseline or a config, without ever destroying
 * what the path names:
 * <ul>
 *   <li>a regular file (or a new one) is replaced atomically, so that readers see either the old
 *       content or the whole new one and a failed write leaves the old file as it was: the text goes to
 *       a temporary file in the same folder (same file system, so the rename is atomic);</li>
 *   <li>a symbolic link is followed and its target replaced; the link stays;</li>
 *   <li>anything that is not a regular file (a FIFO, a terminal, {@code /dev/null}) and any path under
 *       {@code /dev} or {@code /proc} ({@code /dev/stdout}, {@code /dev/fd/3}, {@code /proc/self/fd/1}) is
 *       written through, never replaced: renaming over {@code /dev/stdout} as root replaces the machine's
 *       link with a regular file;</li>
 *   <li>a new file gets the permissions the umask gives, like the shell's {@code >} (a report that only
 *       its writer can read is useless to a CI uploader running as another user); a replaced file keeps
 *       its mode, and, where the process may, its owner.</li>
 * </ul>
 * Failures are {@link WriteException}s whose message is the reason alone, never the temporary file's
 * name: callers name the path as the user gave it.
 */
public final class AtomicFile {
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {}

    /** What writes the content. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Why a file could not be written, in words, without the path (the caller names it). */
    public static final class WriteException extends IOException {
        private static final long serialVersionUID = 1L;

        WriteException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        try {
            Path current = absolute;
            for (int hops = 0; ; hops++) {
                if (isKernelPath(current)) {
                    writeThrough(current, content);
                    return;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException absent) {
                    replace(current, false, content);
                    return;
                }
                if (attributes.isSymbolicLink()) {
                    if (hops >= MAX_LINKS) {
                        throw new WriteException("too many levels of symbolic links", null);
                    }
                    // Relative links are relative to the link's folder, as the kernel resolves them.
                    current = current.resolveSibling(Files.readSymbolicLink(current));
                } else if (attributes.isRegularFile()) {
                    replace(current, true, content);
                    return;
                } else if (attributes.isDirectory()) {
                    throw new WriteException("it is a folder", null);
                } else {
                    writeThrough(current, content);
                    return;
                }
            }
        } catch (WriteException e) {
            throw e;
        } catch (IOException e) {
            throw new WriteException(reason(e), e);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text));
    }

    /** A write failure in words, without the exception's class name and without a temporary file's name. */
    public static String describe(IOException e) {
        return e instanceof WriteException ? e.getMessage() : reason(e);
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way of its folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** Device files and the kernel's views of open files: never ours to replace. */
    private static boolean isKernelPath(Path path) {
        Path normal = path.normalize();
        return normal.startsWith("/dev/") || normal.startsWith("/proc/");
    }

    /**
     * Opens {@code file} and writes into it, as the shell's {@code >} does. Not truncated: a FIFO or a
     * device has nothing to truncate, and a regular file behind {@code /dev/fd/N} is shared with
     * whoever opened it, who decides where the writes go.
     */
    private static void writeThrough(Path file, Content content) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(file, StandardOpenOption.WRITE), StandardCharsets.UTF_8))) {
            content.writeTo(out);
        }
    }

    private static void replace(Path file, boolean exists, Content content) throws IOException {
        Path folder = file.getParent();
        if (!exists) {
            Files.createDirectories(folder);
        }
        Path temporary;
        FileChannel channel;
        try {
            temporary = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            // No file attributes: the system applies the umask to 0666, as for any new file.
            channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (AccessDeniedException folderNotWritable) {
            if (exists && Files.isWritable(file)) {
                // A file we may write in a folder we may not (a shared report slot): in place, not atomic,
                // rather than not at all.
                writeInPlace(file, content);
                return;
            }
            throw folderNotWritable;
        }
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
            if (exists) {
                keepModeAndOwner(file, temporary);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeInPlace(Path file, Content content) throws IOException {
        OpenOption[] options = {StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING};
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, options), StandardCharsets.UTF_8))) {
            content.writeTo(out);
        }
    }

    private static void keepModeAndOwner(Path original, Path replacement) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(original, PosixFileAttributes.class);
        } catch (UnsupportedOperationException notPosix) {
            return;
        }
        Set<PosixFilePermission> mode = attributes.permissions();
        try {
            // Only root may give a file away; others keep their own ownership, as an editor's save does.
            Files.setOwner(replacement, attributes.owner());
            Files.getFileAttributeView(replacement, java.nio.file.attribute.PosixFileAttributeView.class)
                    .setGroup(attributes.group());
        } catch (IOException notPermitted) {
            // the mode still matters more than the owner
        }
        Files.setPosixFilePermissions(replacement, mode);
    }
}
