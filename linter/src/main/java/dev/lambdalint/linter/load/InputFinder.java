package dev.lambdalint.linter.load;

import dev.lambdalint.linter.load.cdk.CloudAssemblyReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns command-line paths into inputs. A named file is linted whatever it holds; in a folder,
 * templates are found by their content (a top-level {@code Resources} or
 * {@code AWSTemplateFormatVersion}), folders with a {@code manifest.json} are cloud assemblies, and
 * hidden folders, {@code node_modules}, symbolic links and ignored paths are skipped. The walk is sorted
 * so that every run sees the same order.
 */
public final class InputFinder {
    /** The extensions of files a folder walk considers (their content decides); hooks filter on them too. */
    public static final List<String> TEMPLATE_EXTENSIONS = List.of(".yaml", ".yml", ".json", ".template", ".tmpl", ".cfn");
    private static final Set<String> EXTENSIONS = Set.copyOf(TEMPLATE_EXTENSIONS);
    private static final int SNIFF_BYTES = 256 * 1024;
    private static final Pattern YAML_TEMPLATE = Pattern.compile(
            "(?m)^(Resources|AWSTemplateFormatVersion)\\s*:");
    private static final Pattern JSON_TEMPLATE = Pattern.compile(
            "\"AWSTemplateFormatVersion\"\\s*:|\"Resources\"\\s*:\\s*\\{\\s*\"[^\"]+\"\\s*:\\s*\\{");

    private final Path workingDirectory;
    private final DisplayPaths display;
    private final IgnoreRules ignore;
    private boolean skipNamedNonTemplates;
    private Contents contents = Contents.DISK;

    public InputFinder(Path workingDirectory, IgnoreRules ignore) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.display = new DisplayPaths(this.workingDirectory);
        this.ignore = ignore;
    }

    /**
     * Treat named files like files found in a folder: skip those that are not templates or that the
     * config ignores, instead of reporting them. For hooks and scripts that name every changed YAML or
     * JSON file (workflows, compose files, package.json ...), where only the templates among them count.
     */
    public InputFinder skipNamedNonTemplates(boolean skip) {
        this.skipNamedNonTemplates = skip;
        return this;
    }

    /** Read files through {@code contents} when telling templates apart (see {@link Contents}). */
    public InputFinder contents(Contents contents) {
        this.contents = contents;
        return this;
    }

    public record Found(List<Input> inputs, List<InputError> errors) {}

    public Found find(List<String> arguments) {
        Set<Input> inputs = new LinkedHashSet<>();
        List<InputError> errors = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.add(new Input.StandardInput());
                continue;
            }
            Path path = workingDirectory.resolve(argument);
            if (Files.isDirectory(path)) {
                List<Input> found = walk(path, errors);
                if (found.isEmpty()) {
                    errors.add(new InputError(display.of(path), Optional.empty(),
                            "no templates found here (YAML or JSON files with a Resources section, or a cdk.out with manifest.json)"));
                }
                inputs.addAll(found);
            } else if (Files.isRegularFile(path)) {
                if (path.getFileName().toString().equals(CloudAssemblyReader.MANIFEST) && path.toAbsolutePath().getParent() != null) {
                    inputs.add(new Input.Assembly(path.toAbsolutePath().getParent().normalize()));
                } else if (skipNamedNonTemplates && (ignore.ignores(path) || !looksLikeTemplateHere(path))) {
                    continue;
                } else {
                    inputs.add(new Input.TemplateFile(path.toAbsolutePath().normalize()));
                }
            } else if (Files.exists(path)) {
                errors.add(new InputError(display.of(path), Optional.empty(), "not a regular file or folder"));
            } else if (Files.isSymbolicLink(path)) {
                errors.add(new InputError(argument, Optional.empty(),
                        "a symbolic link that leads nowhere (to itself, in a loop, or to something deleted)"));
            } else {
                errors.add(new InputError(argument, Optional.empty(), "no such file or folder"));
            }
        }
        return new Found(new ArrayList<>(inputs), errors);
    }

    private List<Input> walk(Path root, List<InputError> errors) {
        List<Input> out = new ArrayList<>();
        if (CloudAssemblyReader.isAssembly(root)) {
            out.add(new Input.Assembly(root.toAbsolutePath().normalize()));
            return out;
        }
        try {
            List<Path> files = new ArrayList<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root)) {
                        String name = dir.getFileName().toString();
                        if (name.startsWith(".") || name.equals("node_modules") || ignore.ignores(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (CloudAssemblyReader.isAssembly(dir)) {
                            files.add(dir);
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    CloudAssemblyReader.manifestMissing(dir).ifPresent(marker -> errors.add(new InputError(display.of(dir),
                            Optional.empty(), "a CDK cloud assembly (it holds " + marker
                                    + ") without manifest.json: run cdk synth again; its templates are linted one by one, without stacks or construct paths")));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && hasTemplateExtension(file) && !ignore.ignores(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.add(new InputError(display.of(file), Optional.empty(), "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
            files.sort(null);
            for (Path p : files) {
                if (Files.isDirectory(p)) {
                    out.add(new Input.Assembly(p.toAbsolutePath().normalize()));
                } else if (looksLikeTemplateHere(p)) {
                    out.add(new Input.TemplateFile(p.toAbsolutePath().normalize()));
                }
            }
        } catch (IOException e) {
            errors.add(new InputError(display.of(root), Optional.empty(), "cannot read folder: " + e.getMessage()));
        }
        return out;
    }

    public static boolean hasTemplateExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot));
    }

    /** Reads the start of the file and looks for what every template has at its top level. */
    static boolean looksLikeTemplate(Path file) {
        return looksLikeTemplate(file, Contents.DISK);
    }

    private boolean looksLikeTemplateHere(Path file) {
        return looksLikeTemplate(file, contents);
    }

    static boolean looksLikeTemplate(Path file, Contents contents) {
        byte[] head;
        try (InputStream in = contents.open(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return true; // let the loader report why it cannot be read
        }
        String text = sniffText(head);
        return YAML_TEMPLATE.matcher(text).find() || JSON_TEMPLATE.matcher(text).find();
    }

    private static String sniffText(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
