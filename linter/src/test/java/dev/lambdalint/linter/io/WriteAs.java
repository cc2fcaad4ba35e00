package dev.lambdalint.linter.io;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one file with {@link AtomicFile} in a process of its own, so that a test can run it as another user. */
final class WriteAs {
    private WriteAs() {}

    public static void main(String[] args) {
        try {
            AtomicFile.writeString(Path.of(args[0]), args[1]);
        } catch (IOException e) {
            System.out.println("cannot write " + args[0] + ": " + AtomicFile.describe(e));
            System.exit(2);
        }
    }
}
