package dev.lambdalint.linter.git;

/** Git could not answer: not a repository, an unknown revision, git missing. The message says which, for a person. */
public final class GitException extends Exception {
    public GitException(String message) {
        super(message);
    }
}
