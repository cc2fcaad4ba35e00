package dev.lambdalint.linter.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DisplayPathsTest {
    private final Path work = Path.of("/work/repo").toAbsolutePath();
    private final DisplayPaths display = new DisplayPaths(work);

    @Test
    void namesAFileInsideTheWorkingDirectoryRelativeToIt() {
        assertThat(display.of(work.resolve("stacks/api/template.yaml"))).isEqualTo("stacks/api/template.yaml");
        assertThat(display.of(work.resolve("stacks/../template.yaml"))).isEqualTo("template.yaml");
    }

    @Test
    void namesTheWorkingDirectoryItselfWithADot() {
        assertThat(display.of(work)).isEqualTo(".");
    }

    @Test
    void namesAFileOutsideTheWorkingDirectoryAbsolutelyRatherThanWithDotDots() {
        Path outside = work.resolveSibling("other/template.yaml");
        assertThat(display.of(outside)).isEqualTo(outside.toString().replace('\\', '/'));
        // A sibling whose name starts like the working directory is still outside it.
        Path lookalike = work.resolveSibling("repo-old/template.yaml");
        assertThat(display.of(lookalike)).doesNotStartWith("..").endsWith("repo-old/template.yaml");
    }
}
