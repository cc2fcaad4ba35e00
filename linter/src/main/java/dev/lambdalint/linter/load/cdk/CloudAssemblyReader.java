package dev.lambdalint.linter.load.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.load.DisplayPaths;
import dev.lambdalint.linter.load.InputError;
import dev.lambdalint.linter.load.LoadResult;
import dev.lambdalint.linter.load.LoadedTemplate;
import dev.lambdalint.linter.load.PackageSizes;
import dev.lambdalint.linter.load.TemplateReader;
import dev.lambdalint.linter.parse.LoadException;
import dev.lambdalint.linter.parse.Position;
import dev.lambdalint.linter.parse.ReadLimits;
import dev.lambdalint.linter.parse.TreeReader;
import dev.lambdalint.rules.model.Pointers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Reads a CDK cloud assembly ({@code cdk.out}): every stack of its {@code manifest.json}, the nested
 * assemblies of Stages, and nested stacks. Both forms of cdk.out work: the CLI's (templates carry
 * {@code aws:cdk:path} and {@code aws:asset:*} Metadata) and a bare {@code app.synth()} (construct paths
 * only in the manifest's {@code aws:cdk:logicalId} entries, nested stacks only through the asset
 * manifest). Every path the assembly names must stay inside the assembly folder; one that escapes it
 * is refused and never read. The code assets of functions and layers are measured (unzipped size)
 * for the package-size rules; the assets of a Stage's stacks sit in the top assembly folder, so
 * nested assemblies may name them with {@code ../}, but never outside the top folder.
 */
public final class CloudAssemblyReader {
    public static final String MANIFEST = "manifest.json";
    private static final int MAX_NESTING = 16;
    /**
     * Templates one assembly may hold, nested stacks included. Real apps have some tens; the bound
     * keeps a crafted assembly (nested stacks that name the same templates over and over, a tree that
     * doubles at every level) from making the reading endless.
     */
    static final int MAX_TEMPLATES = 2000;
    private static final String NESTED_STACK_SCOPE = ".NestedStack";
    /** An account id and a region, both stated; CDK writes {@code unknown-account} / {@code unknown-region} otherwise. */
    private static final Pattern KNOWN_ENVIRONMENT = Pattern.compile("aws://\\d{12}/(?!unknown-region$)[a-z0-9-]+");
    private static final String NESTED_STACK_RESOURCE = ".NestedStackResource";

    private final TemplateReader templates;
    private final DisplayPaths display;
    private final ReadLimits limits;
    /** Manifests are read like templates: within the same limits, with the same words for syntax errors. */
    private final TreeReader trees;
    private final boolean parallel;

    /**
     * What one read of an assembly shares: its top folder (the boundary of every path), measurements,
     * how many templates it has read so far (see {@link #MAX_TEMPLATES}), and the assembly folders
     * already read (a nested assembly that includes itself is read once).
     */
    private record Reading(Path top, PackageSizes sizes, AtomicInteger templates, Set<Path> visitedAssemblies) {}

    /**
     * One assembly folder being read: the manifest that names its paths (and is named in their
     * errors), the Stage prefix of its stack names, and its file assets (hash to source path).
     */
    private record Assembly(Reading reading, Path dir, String manifestName, String stagePrefix,
                            Map<String, String> assetSources) {}

    /**
     * The walk from a stack artifact's template down its nested stacks: where to resolve their files,
     * the construct paths of every stack of the artifact, its file assets, and where results go.
     */
    private record StackWalk(Reading reading, Path dir, Map<String, Map<String, String>> pathsByStack,
                             Map<String, String> assetSources, List<LoadResult> out) {}

    public CloudAssemblyReader(TemplateReader templates, DisplayPaths display, ReadLimits limits) {
        this(templates, display, limits, false);
    }

    /**
     * @param parallel read the stacks of an assembly on all cores: a cdk.out of a large app holds tens of
     *     stacks, and it is one input to the engine. The result is the same, in the same order.
     */
    public CloudAssemblyReader(TemplateReader templates, DisplayPaths display, ReadLimits limits, boolean parallel) {
        this.templates = templates;
        this.display = display;
        this.limits = limits;
        this.trees = new TreeReader(limits);
        this.parallel = parallel;
    }

    /** True when {@code dir} holds a {@code manifest.json} (whether or not it turns out readable). */
    public static boolean isAssembly(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /**
     * For a folder that CDK synthesized into (it holds CDK's own {@code cdk.out} or {@code tree.json})
     * but that has no {@code manifest.json}: the marker found. Its templates can still be read one by
     * one, but not as the assembly (stacks, construct paths, nested stacks, assets).
     */
    public static Optional<String> manifestMissing(Path dir) {
        if (isAssembly(dir)) {
            return Optional.empty();
        }
        for (String marker : List.of("cdk.out", "tree.json")) {
            if (Files.isRegularFile(dir.resolve(marker))) {
                return Optional.of(marker);
            }
        }
        return Optional.empty();
    }

    public LoadResult read(Path dir) {
        List<LoadResult> results = new ArrayList<>();
        try {
            Path assembly = dir.toRealPath();
            Path top = enclosingAssembly(assembly);
            readAssembly(new Reading(top, new PackageSizes(display), new AtomicInteger(), new HashSet<>()), assembly, "", 0, results);
        } catch (IOException e) {
            results.add(LoadResult.of(new InputError(display.of(dir), Optional.empty(), "cannot read the cloud assembly: " + e.getMessage())));
        }
        return LoadResult.merge(results);
    }

    /**
     * The outermost assembly that names {@code assembly} as the nested assembly of a Stage, or
     * {@code assembly} itself. A Stage's assembly is linted on its own too ({@code cdk deploy --app
     * cdk.out/assembly-Prod}, CDK Pipelines); its asset manifests name the code in the top folder
     * ({@code ../asset.<hash>}), which is part of the same assembly, not a path that escapes it.
     */
    private Path enclosingAssembly(Path assembly) {
        Path top = assembly;
        for (int level = 0; level < MAX_NESTING; level++) {
            Path parent = top.getParent();
            if (parent == null || !isAssembly(parent) || !namesNestedAssembly(parent, top)) {
                break;
            }
            top = parent;
        }
        return top;
    }

    /** True when the manifest of {@code parent} lists {@code child} as a nested cloud assembly. */
    private boolean namesNestedAssembly(Path parent, Path child) {
        JsonNode artifacts;
        try {
            artifacts = readJson(parent.resolve(MANIFEST)).path("artifacts");
        } catch (LoadException e) {
            return false;
        }
        for (JsonNode artifact : artifacts) {
            String directory = artifact.path("properties").path("directoryName").asText("");
            if ("cdk:cloud-assembly".equals(artifact.path("type").asText()) && !directory.isEmpty()
                    && resolvesTo(parent, directory, child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean resolvesTo(Path dir, String relative, Path target) {
        try {
            return dir.resolve(relative).normalize().equals(target);
        } catch (RuntimeException e) {
            // Not a path on this system (a NUL character, say): it names nothing.
            return false;
        }
    }

    private void readAssembly(Reading reading, Path dir, String stagePrefix, int depth, List<LoadResult> out) {
        Path manifestFile = dir.resolve(MANIFEST);
        String manifestName = display.of(manifestFile);
        if (!reading.visitedAssemblies().add(dir)) {
            out.add(LoadResult.of(new InputError(manifestName, Optional.empty(),
                    "the cloud assembly includes itself through a nested assembly; skipped the repeat")));
            return;
        }
        if (depth > MAX_NESTING) {
            out.add(LoadResult.of(new InputError(manifestName, Optional.empty(),
                    "nested assemblies deeper than " + MAX_NESTING + " levels; skipped")));
            return;
        }
        JsonNode manifest;
        try {
            manifest = readJson(manifestFile);
        } catch (LoadException e) {
            out.add(LoadResult.of(InputError.of(manifestName, e)));
            return;
        }
        JsonNode artifacts = manifest.path("artifacts");
        if (!artifacts.isObject()) {
            out.add(LoadResult.of(new InputError(manifestName, Optional.of(Position.START),
                    "manifest.json has no 'artifacts' mapping: not a CDK cloud assembly (run cdk synth again)")));
            return;
        }
        Assembly assembly = new Assembly(reading, dir, manifestName, stagePrefix, assetSources(dir, artifacts, out, manifestName));
        // Each artifact fills its own slot, so that stacks can be read in parallel and still come out
        // in the manifest's order.
        List<List<LoadResult>> slots = new ArrayList<>();
        List<Runnable> stackReads = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = artifacts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<LoadResult> slot = new ArrayList<>();
            slots.add(slot);
            JsonNode artifact = e.getValue();
            String type = artifact.path("type").asText();
            JsonNode properties = artifact.path("properties");
            switch (type) {
                case "aws:cloudformation:stack" -> stackReads.add(() ->
                        readStack(assembly, e.getKey(), artifact, slot));
                case "cdk:cloud-assembly" -> {
                    String nested = properties.path("directoryName").asText("");
                    Optional<Path> nestedDir = inside(dir, nested, manifestName, "directoryName of " + e.getKey(), slot);
                    if (nestedDir.isPresent() && Files.isDirectory(nestedDir.get())) {
                        // The Stage's construct path: CDK writes it in properties (NestedCloudAssemblyProperties).
                        String name = properties.path("displayName").asText(artifact.path("displayName").asText(e.getKey()));
                        try {
                            readAssembly(reading, nestedDir.get().toRealPath(), name + "/", depth + 1, slot);
                        } catch (IOException ex) {
                            slot.add(LoadResult.of(new InputError(manifestName, Optional.empty(),
                                    "cannot read nested assembly " + nested + ": " + ex.getMessage())));
                        }
                    } else if (nestedDir.isPresent()) {
                        slot.add(LoadResult.of(new InputError(manifestName, Optional.empty(),
                                "nested assembly " + nested + " (artifact " + e.getKey() + ") does not exist")));
                    }
                }
                default -> {
                    // asset manifests, tree.json and other artifacts hold no templates
                }
            }
        }
        if (parallel && stackReads.size() > 1) {
            stackReads.parallelStream().forEach(Runnable::run);
        } else {
            stackReads.forEach(Runnable::run);
        }
        slots.forEach(out::addAll);
    }

    private void readStack(Assembly assembly, String artifactId, JsonNode artifact, List<LoadResult> out) {
        Path dir = assembly.dir();
        String manifestName = assembly.manifestName();
        String stagePrefix = assembly.stagePrefix();
        JsonNode properties = artifact.path("properties");
        String templateFile = properties.path("templateFile").asText("");
        if (templateFile.isEmpty()) {
            out.add(LoadResult.of(new InputError(manifestName, Optional.empty(),
                    "stack artifact " + artifactId + " names no templateFile")));
            return;
        }
        Optional<Path> file = inside(dir, templateFile, manifestName, "templateFile of " + artifactId, out);
        if (file.isEmpty()) {
            return;
        }
        String stackName = artifact.path("displayName").asText(properties.path("stackName").asText(artifactId));
        if (!stackName.contains("/") && !stagePrefix.isEmpty()) {
            stackName = stagePrefix + stackName;
        }
        List<LogicalId> logicalIds = new ArrayList<>();
        Map<String, String> stackAssets = new HashMap<>(assembly.assetSources());
        collectLogicalIds(artifact.path("metadata"), logicalIds);
        collectLegacyAssets(artifact.path("metadata"), stackAssets);
        JsonNode additional = artifact.path("additionalMetadataFile");
        if (additional.isTextual()) {
            inside(dir, additional.asText(), manifestName, "additionalMetadataFile of " + artifactId, out).ifPresent(metadataFile -> {
                try {
                    JsonNode metadata = readJson(metadataFile);
                    collectLogicalIds(metadata, logicalIds);
                    collectLegacyAssets(metadata, stackAssets);
                } catch (LoadException ex) {
                    out.add(LoadResult.of(InputError.of(display.of(metadataFile), ex)));
                }
            });
        }
        Map<String, Map<String, String>> pathsByStack = constructPathsByStack(logicalIds);
        readTemplate(new StackWalk(assembly.reading(), dir, pathsByStack, stackAssets, out), file.get(),
                new Stack(stackName, knownEnvironment(artifact.path("environment").asText("")), pathsByStack.getOrDefault("", Map.of())),
                List.of());
    }

    /**
     * The file assets of a stack synthesized with the LegacyStackSynthesizer (apps that came from CDK
     * v1): no asset manifest, but {@code aws:cdk:asset} entries in the stack's metadata, asset hash to
     * source path, as an asset manifest would give them.
     */
    private static void collectLegacyAssets(JsonNode metadata, Map<String, String> out) {
        for (JsonNode entries : metadata) {
            for (JsonNode entry : entries) {
                JsonNode data = entry.path("data");
                if ("aws:cdk:asset".equals(entry.path("type").asText()) && data.path("id").isTextual() && data.path("path").isTextual()) {
                    out.putIfAbsent(data.path("id").asText(), data.path("path").asText());
                }
            }
        }
    }

    /**
     * A stack as its templates are named, where it deploys when the stack says (nested stacks deploy
     * with their parent), and the construct path of each of its logical ids.
     */
    private record Stack(String name, Optional<String> environment, Map<String, String> constructPaths) {
        Stack nested(String nestedName, Map<String, String> nestedPaths) {
            return new Stack(nestedName, environment, nestedPaths);
        }
    }

    /**
     * The artifact's {@code aws://account/region} when both are stated; an environment-agnostic stack
     * ({@code aws://unknown-account/unknown-region}) may be deployed anywhere.
     */
    static Optional<String> knownEnvironment(String environment) {
        return KNOWN_ENVIRONMENT.matcher(environment).matches() ? Optional.of(environment) : Optional.empty();
    }

    /** One {@code aws:cdk:logicalId} entry of a stack artifact's metadata. */
    private record LogicalId(String constructPath, String logicalId) {}

    /**
     * A stack artifact's metadata lists the resources of its nested stacks too, and logical ids are
     * unique only within one template: a construct used both in the parent and in a nested stack has
     * the same logical id in each. So the construct paths are grouped by the stack that owns them:
     * the deepest nested stack whose path leads to them, or "" for the artifact's own stack.
     */
    private static Map<String, Map<String, String>> constructPathsByStack(List<LogicalId> logicalIds) {
        Set<String> nestedStacks = new HashSet<>();
        for (LogicalId id : logicalIds) {
            nestedStackPath(id.constructPath()).ifPresent(nestedStacks::add);
        }
        Map<String, Map<String, String>> byStack = new HashMap<>();
        for (LogicalId id : logicalIds) {
            String owner = "";
            for (String nested : nestedStacks) {
                if (nested.length() > owner.length() && id.constructPath().startsWith(nested + "/")) {
                    owner = nested;
                }
            }
            byStack.computeIfAbsent(owner, k -> new HashMap<>()).putIfAbsent(id.logicalId(), id.constructPath());
        }
        return byStack;
    }

    /**
     * The construct path of a nested stack, from that of its {@code AWS::CloudFormation::Stack}: CDK's
     * {@code NestedStack "A/Media"} puts that resource at {@code A/Media.NestedStack/Media.NestedStackResource}.
     */
    private static Optional<String> nestedStackPath(String resourcePath) {
        int slash = resourcePath.lastIndexOf('/');
        String resource = resourcePath.substring(slash + 1);
        if (slash < 0 || !resource.endsWith(NESTED_STACK_RESOURCE)) {
            return Optional.empty();
        }
        String id = resource.substring(0, resource.length() - NESTED_STACK_RESOURCE.length());
        String scope = resourcePath.substring(0, slash);
        String wrapper = id + NESTED_STACK_SCOPE;
        if (!(scope.equals(wrapper) || scope.endsWith("/" + wrapper))) {
            return Optional.empty();
        }
        return Optional.of(scope.substring(0, scope.length() - NESTED_STACK_SCOPE.length()));
    }

    /** @param parents the templates that lead to this one, outermost first: a nested stack that names one of them is not followed */
    private void readTemplate(StackWalk walk, Path file, Stack stack, List<Path> parents) {
        Reading reading = walk.reading();
        Path dir = walk.dir();
        List<LoadResult> out = walk.out();
        String shown = display.of(file);
        if (reading.templates().incrementAndGet() > MAX_TEMPLATES) {
            if (reading.templates().get() == MAX_TEMPLATES + 1) {
                out.add(LoadResult.of(new InputError(shown, Optional.empty(), String.format(
                        "the cloud assembly holds more than %d templates (nested stacks included); skipped this one and the rest",
                        MAX_TEMPLATES))));
            }
            return;
        }
        LoadedTemplate template;
        try {
            // The reader adds the template's own aws:cdk:path Metadata (cdk synth through the CLI).
            LoadedTemplate parsed = templates.read(readBytes(file), shown, Optional.of(stack.name()), stack.constructPaths());
            if (stack.environment().isPresent()) {
                parsed = parsed.withEnvironment(stack.environment().get());
            }
            template = parsed.withCodeSizes(AssetCodeSizes.measure(parsed.template().root(), walk.assetSources(),
                            relative -> inside(dir, reading.top(), relative, shown, "code asset", out), reading.sizes()));
        } catch (LoadException e) {
            out.add(LoadResult.of(InputError.of(shown, e)));
            return;
        }
        out.add(LoadResult.of(template));
        List<Path> chain = new ArrayList<>(parents);
        chain.add(real(file));
        JsonNode resources = template.template().root().path("Resources");
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode resource = e.getValue();
            if (!"AWS::CloudFormation::Stack".equals(resource.path("Type").asText())) {
                continue;
            }
            Optional<String> nestedFile = nestedTemplateFile(resource, walk.assetSources());
            if (nestedFile.isEmpty()) {
                continue;
            }
            Optional<Path> nested = inside(dir, nestedFile.get(), shown, "template of nested stack " + e.getKey(), out);
            if (nested.isPresent() && chain.contains(real(nested.get()))) {
                // A template that names itself (or an ancestor) as a nested stack: CloudFormation would
                // create stacks without end; read once, it is reported, not followed.
                out.add(LoadResult.of(new InputError(shown, Optional.of(template.position(Pointers.resource(e.getKey()))),
                        String.format("nested stack %s names %s, which contains it: a stack cannot include itself; not followed",
                                e.getKey(), nestedFile.get()))));
            } else if (nested.isPresent() && chain.size() > MAX_NESTING) {
                out.add(LoadResult.of(new InputError(shown, Optional.of(template.position(Pointers.resource(e.getKey()))),
                        "nested stacks deeper than " + MAX_NESTING + " levels; not followed")));
            } else if (nested.isPresent()) {
                // Named by its construct path, like the stacks of the manifest; by its logical id
                // in the parent when the assembly does not say.
                Optional<String> nestedPath = template.constructPath(e.getKey()).flatMap(CloudAssemblyReader::nestedStackPath);
                readTemplate(walk, nested.get(), stack.nested(nestedPath.orElse(stack.name() + "/" + e.getKey()),
                        nestedPath.map(p -> walk.pathsByStack().getOrDefault(p, Map.of())).orElse(Map.of())), chain);
            }
        }
    }

    /** The file of a nested stack: its {@code aws:asset:path} Metadata, or the asset whose hash its TemplateURL names. */
    private static Optional<String> nestedTemplateFile(JsonNode resource, Map<String, String> assetSources) {
        JsonNode assetPath = resource.path("Metadata").path("aws:asset:path");
        if (assetPath.isTextual() && assetPath.asText().endsWith(".json")) {
            return Optional.of(assetPath.asText());
        }
        String url = resource.path("Properties").path("TemplateURL").toString();
        for (Map.Entry<String, String> asset : assetSources.entrySet()) {
            if (url.contains(asset.getKey()) && asset.getValue().endsWith(".json")) {
                return Optional.of(asset.getValue());
            }
        }
        return Optional.empty();
    }

    /** File assets of every asset manifest: hash to source path inside the assembly. */
    private Map<String, String> assetSources(Path dir, JsonNode artifacts, List<LoadResult> out, String manifestName) {
        Map<String, String> sources = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> all = artifacts.fields(); all.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = all.next();
            JsonNode artifact = entry.getValue();
            if (!"cdk:asset-manifest".equals(artifact.path("type").asText())) {
                continue;
            }
            String file = artifact.path("properties").path("file").asText("");
            Optional<Path> path = inside(dir, file, manifestName, "file of " + entry.getKey(), out);
            if (path.isEmpty() || !Files.isRegularFile(path.get())) {
                continue;
            }
            try {
                JsonNode files = readJson(path.get()).path("files");
                for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode source = e.getValue().path("source").path("path");
                    if (source.isTextual()) {
                        sources.put(e.getKey(), source.asText());
                    }
                }
            } catch (LoadException e) {
                out.add(LoadResult.of(InputError.of(display.of(path.get()), e)));
            }
        }
        return sources;
    }

    private static void collectLogicalIds(JsonNode metadata, List<LogicalId> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = metadata.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            for (JsonNode entry : e.getValue()) {
                if ("aws:cdk:logicalId".equals(entry.path("type").asText()) && entry.path("data").isTextual()) {
                    String path = e.getKey().startsWith("/") ? e.getKey().substring(1) : e.getKey();
                    out.add(new LogicalId(path, entry.path("data").asText()));
                }
            }
        }
    }

    /**
     * Resolves a path the assembly names, refusing one that is absolute or leads outside the assembly
     * folder (also through a symbolic link).
     */
    private Optional<Path> inside(Path dir, String relative, String referrer, String what, List<LoadResult> out) {
        return inside(dir, dir, relative, referrer, what, out);
    }

    /**
     * Resolves {@code relative} against {@code dir}, refusing a path that leads outside {@code boundary}.
     *
     * @param what what the path is, for the message: one file may name several paths alike
     */
    private Optional<Path> inside(Path dir, Path boundary, String relative, String referrer, String what, List<LoadResult> out) {
        if (relative.isEmpty()) {
            return Optional.empty();
        }
        Path candidate;
        try {
            Path given = Path.of(relative);
            candidate = given.isAbsolute() ? null : dir.resolve(given).normalize();
        } catch (RuntimeException e) {
            candidate = null;
        }
        if (candidate == null || !candidate.startsWith(boundary)) {
            out.add(LoadResult.of(new InputError(referrer, Optional.empty(),
                    "refused path '" + relative + "' (" + what + "): it leads outside the cloud assembly folder")));
            return Optional.empty();
        }
        if (Files.exists(candidate)) {
            try {
                if (!candidate.toRealPath().startsWith(boundary)) {
                    out.add(LoadResult.of(new InputError(referrer, Optional.empty(),
                            "refused path '" + relative + "' (" + what + "): a symbolic link leads outside the cloud assembly folder")));
                    return Optional.empty();
                }
            } catch (IOException e) {
                out.add(LoadResult.of(new InputError(referrer, Optional.empty(),
                        "cannot resolve '" + relative + "': " + e.getMessage())));
                return Optional.empty();
            }
        }
        return Optional.of(candidate);
    }

    /** The file a path leads to through symbolic links, to tell that two names are one file. */
    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    private byte[] readBytes(Path file) throws LoadException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new LoadException("file not found (the cloud assembly names it): run cdk synth again");
            }
            limits.checkSize(Files.size(file));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LoadException("cannot read: " + e.getMessage());
        }
    }

    private JsonNode readJson(Path file) throws LoadException {
        return trees.read(readBytes(file)).root();
    }
}
