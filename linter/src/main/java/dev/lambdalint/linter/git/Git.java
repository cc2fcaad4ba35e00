package dev.lambdalint.linter.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the git command line in a folder. Used only by the commands that need git, never on a plain check. */
public final class Git {
    private final Path directory;

    public Git(Path directory) {
        this.directory = directory;
    }

    /** What one git command printed and how it ended. */
    public record Result(int exitCode, String out, String err) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** The output split at NUL bytes (for -z), without empty entries. */
        public List<String> nulSeparated() {
            List<String> items = new ArrayList<>();
            for (String item : out.split("\u0000")) {
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
            return items;
        }

        /** The first line of what git said on stderr, for messages. */
        public String reason() {
            String text = err.strip();
            int nl = text.indexOf('\n');
            return nl < 0 ? text : text.substring(0, nl);
        }
    }

    /** What {@code git show :NAME} prints: the staged version of a file, byte for byte; empty if git cannot show it. */
    public java.util.Optional<byte[]> staged(String name) throws GitException {
        Process process = start(List.of("show", ":" + name));
        try {
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            err.join();
            return process.waitFor() == 0 ? java.util.Optional.of(out) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new GitException("git failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while waiting for git");
        }
    }

    private Process start(List<String> args) throws GitException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-c");
        command.add("core.quotePath=false");
        command.addAll(args);
        try {
            return new ProcessBuilder(command).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new GitException("cannot run git (" + e.getMessage() + "); is it installed and on the PATH?");
        }
    }

    public Result run(String... args) throws GitException {
        Process process = start(List.of(args));
        try {
            process.getOutputStream().close();
            // stderr is read alongside, so that a chatty git cannot block on a full pipe.
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            int code = process.waitFor();
            return new Result(code, out, err.join());
        } catch (IOException e) {
            throw new GitException("git failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while waiting for git");
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The root of the working tree that holds {@code directory}; an exception outside a repository. */
    public Path topLevel(String purpose) throws GitException {
        Result r = run("rev-parse", "--show-toplevel");
        if (!r.ok()) {
            throw new GitException(purpose + " needs a git repository, and " + directory + " is not inside one");
        }
        return Path.of(r.out().strip()).toAbsolutePath().normalize();
    }
}
