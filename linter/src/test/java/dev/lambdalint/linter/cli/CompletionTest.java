package dev.lambdalint.linter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void printsAScriptGeneratedFromTheCommandModel() {
        Cli.Run run = Cli.run(dir, "completion");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("#!/usr/bin/env bash")
                .contains("_picocli_lambdalint_check").contains("_picocli_lambdalint_installhook")
                .contains("'--changed-since'").contains("\"sarif\"");
        assertThat(Cli.run(dir, "completion", "zsh").out()).isEqualTo(run.out());
        assertThat(Cli.run(dir, "completion", "fish").exitCode()).isEqualTo(2);
    }

    @Test
    void completesSubcommandsOptionsAndFormatsInBash() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        Files.writeString(dir.resolve("lambdalint.bash"), Cli.run(dir, "completion").out());
        String script = """
                source ./lambdalint.bash 2>/dev/null
                complete_line() {
                  COMP_LINE="$1"; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$1"
                  case "$1" in *" ") COMP_WORDS+=(""); esac
                  COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=()
                  _complete_lambdalint 2>/dev/null; echo "${COMPREPLY[*]}"
                }
                complete_line "lambdalint ins"
                complete_line "lambdalint check --changed"
                complete_line "lambdalint check --format s"
                complete_line "lambdalint explain LL10"
                complete_line "lambdalint check --ignore memory-de"
                complete_line "lambdalint check --select reserved-concurrency-z"
                """;
        GitRepo.ProcessResult run = GitRepo.exec(dir, List.of("/bin/bash", "-c", script));
        assertThat(run.output().lines().toList()).containsExactly("install-hook", "--changed-since", "sarif",
                "LL101 LL102 LL103 LL104", "memory-default", "reserved-concurrency-zero");
    }
}
