package dev.lambdalint.linter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A scratch git repository for tests, driven through the git command line like a user would. */
final class GitRepo {
    final Path dir;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    /** A new repository on branch main, with a user and no commit signing, whatever the machine's git config says. */
    static GitRepo init(Path dir) {
        GitRepo repo = new GitRepo(dir);
        repo.git("init", "-q", "-b", "main");
        repo.git("config", "user.email", "test@example.com");
        repo.git("config", "user.name", "Test");
        repo.git("config", "commit.gpgsign", "false");
        repo.git("config", "core.hooksPath", ".git/hooks");
        return repo;
    }

    GitRepo write(String name, String text) {
        Templates.write(dir, name, text);
        return this;
    }

    void commitAll(String message) {
        git("add", "-A");
        git("commit", "-q", "--no-verify", "-m", message);
    }

    String git(String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessResult r = exec(dir, command);
        if (r.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + r.output());
        }
        return r.output();
    }

    record ProcessResult(int exitCode, String output, long millis) {}

    /** Runs a command, stdout and stderr together, with a timeout so that a hanging hook fails the test. */
    static ProcessResult exec(Path dir, List<String> command) {
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " timed out");
            }
            return new ProcessResult(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
