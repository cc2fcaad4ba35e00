package dev.lambdalint.linter.git;

import dev.lambdalint.linter.load.InputFinder;
import dev.lambdalint.linter.load.cdk.CloudAssemblyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * For {@code check --changed-since REV} in large repositories: the template files, and the cloud
 * assemblies, that changed since a revision. Changed means in {@code git diff REV...HEAD} (what the
 * branch changed since it left REV, as a pull request shows it), or modified, staged or new in the
 * working tree. A changed file inside a folder with a {@code manifest.json} brings in that whole cloud
 * assembly. Deleted files are left out; so are files outside the paths given.
 */
public final class ChangedTemplates {
    private ChangedTemplates() {}

    /**
     * @param scopes the command's paths (files or folders, relative to {@code workingDirectory});
     *     only changes under one of them count
     * @return absolute paths of template files and assembly folders, sorted
     */
    public static List<String> since(String revision, Path workingDirectory, List<String> scopes) throws GitException {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw new GitException("--changed-since needs a revision such as origin/main, HEAD~3 or a commit id, not '"
                    + revision + "'");
        }
        Path top = real(new Git(workingDirectory).topLevel("--changed-since"));
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
