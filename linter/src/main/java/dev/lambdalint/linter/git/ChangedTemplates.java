package dev.lambdalint.linter.git;

import dev.lambdalint.linter.load.InputFinder;
import dev.lambdalint.linter.load.cdk.CloudAssemblyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * For {@code check --changed-since REV} in large repositories: the template files, and the cloud
 * assemblies, that changed since a revision. Changed means in {@code git diff REV...HEAD} (what the
 * branch changed since it left REV, as a pull request shows it), or modified, staged or new in the
 * working tree. A changed file inside a folder with a {@code manifest.json} brings in that whole cloud
 * assembly. Deleted files are left out; so are files outside the paths given.
 *
 * <p>A change to the policy (the config file, or the baseline it names) changes the verdict on every
 * template, not only on the changed ones: then every path given is linted, so that the pull request that
 * tightens the policy meets its findings, rather than the next unrelated one.
 */
public final class ChangedTemplates {
    private ChangedTemplates() {}

    /**
     * What a changed-file run lints.
     *
     * @param inputs absolute paths of template files and assembly folders, sorted; or the command's own
     *     paths when {@code policyChanged} names a file
     * @param policyChanged the policy file that changed (as git names it, from the top level), if one did
     */
    public record Selection(List<String> inputs, Optional<String> policyChanged) {}

    /**
     * Like {@link #since(String, Path, List)}, but every path in {@code scopes} when one of {@code policy}
     * (the config file and baselines in force, absolute) changed.
     */
    public static Selection since(String revision, Path workingDirectory, List<String> scopes, List<Path> policy)
            throws GitException {
        Path top = real(new Git(workingDirectory).topLevel("--changed-since"));
        Set<String> names = changedNames(revision, top);
        return policyChange(names, top, scopes, policy)
                .orElseGet(() -> new Selection(select(names, top, workingDirectory, scopes), Optional.empty()));
    }

    /**
     * @param scopes the command's paths (files or folders, relative to {@code workingDirectory});
     *     only changes under one of them count
     * @return absolute paths of template files and assembly folders, sorted
     */
    /**
     * What a pre-commit check lints: the templates staged for commit under {@code scopes}, or every path in
     * {@code scopes} when one of {@code policy} is staged; with the staged version (the index) of every
     * tracked template file whose working copy differs from it, in {@code index} (absolute paths).
     */
    public record Staged(Selection selection, Map<Path, byte[]> index) {}

    public static Staged staged(Path workingDirectory, List<String> scopes, List<Path> policy) throws GitException {
        Path top = real(new Git(workingDirectory).topLevel("--staged"));
        Git git = new Git(top);
        Git.Result cached = git.run("diff", "--cached", "--name-only", "-z", "--no-renames", "--diff-filter=ACMR", "--");
        if (!cached.ok()) {
            throw new GitException("git cannot list the staged files: " + cached.reason());
        }
        Set<String> names = new TreeSet<>(cached.nulSeparated());
        Selection selection = policyChange(names, top, scopes, policy)
                .orElseGet(() -> new Selection(select(names, top, workingDirectory, scopes), Optional.empty()));
        Map<Path, byte[]> index = new HashMap<>();
        Git.Result unstaged = git.run("diff", "--name-only", "-z", "--no-renames", "--");
        if (unstaged.ok()) {
            for (String name : unstaged.nulSeparated()) {
                Path file = top.resolve(name).normalize();
                if (InputFinder.hasTemplateExtension(file)) {
                    git.staged(name).ifPresent(bytes -> index.put(file, bytes));
                }
            }
        }
        return new Staged(selection, index);
    }

    private static Optional<Selection> policyChange(Set<String> names, Path top, List<String> scopes, List<Path> policy) {
        for (Path file : policy) {
            Path real = real(file.toAbsolutePath().normalize());
            if (real.startsWith(top)) {
                String name = top.relativize(real).toString().replace('\\', '/');
                if (names.contains(name)) {
                    return Optional.of(new Selection(scopes.isEmpty() ? List.of(".") : scopes, Optional.of(name)));
                }
            }
        }
        return Optional.empty();
    }

    public static List<String> since(String revision, Path workingDirectory, List<String> scopes) throws GitException {
        Path top = real(new Git(workingDirectory).topLevel("--changed-since"));
        return select(changedNames(revision, top), top, workingDirectory, scopes);
    }

    /** The files (named from the top level) changed on the branch since {@code revision} or in the working tree. */
    private static Set<String> changedNames(String revision, Path top) throws GitException {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new GitException("--changed-since needs a revision such as origin/main, HEAD~3 or a commit id, not '"
                    + revision + "'");
        }
        Git git = new Git(top);
        Git.Result commit = git.run("rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        if (!commit.ok()) {
            throw new GitException("unknown revision '" + revision + "' for --changed-since"
                    + " (in a shallow CI clone, fetch it first, e.g. git fetch --depth=1000 origin main)");
        }
        Set<String> names = new TreeSet<>();
        Git.Result branch = git.run("diff", "--name-only", "-z", "--no-renames", revision + "...HEAD", "--");
        if (!branch.ok()) {
            throw new GitException("git cannot compare '" + revision + "' with HEAD: " + branch.reason());
        }
        names.addAll(branch.nulSeparated());
        Git.Result worktree = git.run("diff", "--name-only", "-z", "--no-renames", "HEAD", "--");
        if (worktree.ok()) {
            names.addAll(worktree.nulSeparated());
        }
        Git.Result untracked = git.run("ls-files", "--others", "--exclude-standard", "-z", "--full-name");
        if (untracked.ok()) {
            names.addAll(untracked.nulSeparated());
        }
        return names;
    }

    private static List<String> select(Set<String> names, Path top, Path workingDirectory, List<String> scopes) {
        List<Path> within = new ArrayList<>();
        for (String scope : scopes.isEmpty() ? List.of(".") : scopes) {
            within.add(real(workingDirectory.resolve(scope).toAbsolutePath().normalize()));
        }
        Set<String> out = new TreeSet<>();
        for (String name : names) {
            Path file = top.resolve(name).normalize();
            if (within.stream().noneMatch(file::startsWith)) {
                continue;
            }
            Path assembly = outermostAssembly(file, top);
            if (assembly != null) {
                out.add(assembly.toString());
            } else if (Files.isRegularFile(file) && InputFinder.hasTemplateExtension(file)) {
                out.add(file.toString());
            }
        }
        return new ArrayList<>(out);
    }

    /** Git names the top level by its real path; compare like with like where folders are links (/tmp on macOS). */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return path;
        }
    }

    /** The outermost folder between {@code file} and {@code top} that is a cloud assembly, if any. */
    private static Path outermostAssembly(Path file, Path top) {
        Path found = null;
        for (Path dir = file.getParent(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
            if (CloudAssemblyReader.isAssembly(dir)) {
                found = dir;
            }
        }
        return found;
    }
}
