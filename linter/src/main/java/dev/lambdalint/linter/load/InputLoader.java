package dev.lambdalint.linter.load;

import dev.lambdalint.linter.load.cdk.CloudAssemblyReader;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads one input into templates, turning every failure into an {@link InputError}. */
public final class InputLoader {
    public static final String STDIN_NAME = "<stdin>";

    private final TemplateReader templates;
    private final CloudAssemblyReader assemblies;
    private final DisplayPaths display;
    private final ReadLimits limits;
    private final Supplier<InputStream> stdin;
    private Contents contents = Contents.DISK;

    public InputLoader(ReadLimits limits, DisplayPaths display, Supplier<InputStream> stdin) {
        this(limits, display, stdin, false);
    }

    /** @param parallel read the stacks of a cloud assembly in parallel (see {@link CloudAssemblyReader}) */
    public InputLoader(ReadLimits limits, DisplayPaths display, Supplier<InputStream> stdin, boolean parallel) {
        this.templates = new TemplateReader(limits);
        this.assemblies = new CloudAssemblyReader(templates, display, limits, parallel);
        this.display = display;
        this.limits = limits;
        this.stdin = stdin;
    }

    /** Read template files through {@code contents} (see {@link Contents}). */
    public InputLoader contents(Contents contents) {
        this.contents = contents;
        return this;
    }

    public LoadResult load(Input input) {
        if (input instanceof Input.TemplateFile file) {
            return loadFile(file.path());
        }
        if (input instanceof Input.Assembly assembly) {
            return assemblies.read(assembly.directory());
        }
        return loadStdin();
    }

    private LoadResult loadFile(Path path) {
        String shown = display.of(path);
        try {
            limits.checkSize(contents.size(path));
            LoadedTemplate template = templates.read(contents.read(path), shown, Optional.empty(), Map.of());
            Path folder = path.toAbsolutePath().normalize().getParent();
            if (folder == null) {
                return LoadResult.of(template);
            }
            PackageSizes sizes = new PackageSizes(display);
            return LoadResult.of(template.withCodeSizes(LocalCodeSizes.measure(template.template().root(), folder, sizes)));
        } catch (LoadException e) {
            return LoadResult.of(InputError.of(shown, e));
        } catch (IOException e) {
            return LoadResult.of(new InputError(shown, Optional.empty(), "cannot read: " + e.getMessage()));
        }
    }

    private LoadResult loadStdin() {
        try (InputStream in = stdin.get()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxFileBytes() + 1));
            return LoadResult.of(templates.read(bytes, STDIN_NAME, Optional.empty(), Map.of()));
        } catch (LoadException e) {
            return LoadResult.of(InputError.of(STDIN_NAME, e));
        } catch (IOException e) {
            return LoadResult.of(new InputError(STDIN_NAME, Optional.empty(), "cannot read standard input: " + e.getMessage()));
        }
    }
}
