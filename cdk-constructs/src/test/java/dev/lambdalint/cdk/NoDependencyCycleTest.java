package dev.lambdalint.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdalint.linter.engine.Engine;
import dev.lambdalint.rules.Catalog;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file of the product depends on itself through others: the data flows one way (load, model,
 * rules, findings, report), and a file can be read, tested and moved knowing only what it uses. Here,
 * the one module that sees all three (rules, linter, constructs), the compiled classes are read: every
 * class a class file names (its constant pool: the classes it uses, the types of its fields and
 * methods, its annotations) counts as a dependency of its source file, nested classes as their file.
 * (Constants the compiler copies into the class that reads them leave no trace; they are values, not
 * code.)
 */
class NoDependencyCycleTest {
    private static final Pattern CLASS_NAME = Pattern.compile("dev/lambdalint/[\\w/$]+");

    @Test
    void noSourceFileOfRulesLinterOrConstructsDependsOnItself() throws IOException {
        assertThat(cycles(sourceFiles())).as("groups of files that depend on each other").isEmpty();
    }

    /** Parsing with positions serves loading, the config and the baseline alike: it knows none of them. */
    @Test
    void parsingUsesNothingFromLoading() throws IOException {
        sourceFiles().forEach((file, uses) -> {
            if (file.startsWith("dev/lambdalint/linter/parse/")) {
                assertThat(uses).as(file).noneMatch(used -> used.startsWith("dev/lambdalint/linter/load/"));
            }
        });
    }

    /** Each source file of the three modules, with the other files it uses. */
    private static Map<String, Set<String>> sourceFiles() throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        for (Class<?> member : List.of(Catalog.class, Engine.class, LambdaLint.class)) {
            readClasses(codeSource(member), classes);
        }
        assertThat(classes).as("class files read").hasSizeGreaterThan(300);
        Map<String, Set<String>> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            String file = fileOf(c.getKey());
            Set<String> uses = files.computeIfAbsent(file, k -> new TreeSet<>());
            for (String name : namesIn(c.getValue())) {
                if (classes.containsKey(name) && !fileOf(name).equals(file)) {
                    uses.add(fileOf(name));
                }
            }
        }
        assertThat(files).as("parsing classes read").containsKey("dev/lambdalint/linter/parse/TreeReader");
        return files;
    }

    /** The check can fail: a cycle of three files beside a file that only uses them is found. */
    @Test
    void findsTheFilesOfACycle() {
        Map<String, Set<String>> files = Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"), "e", Set.of());
        assertThat(cycles(files)).containsExactly(List.of("a", "b", "c"));
    }

    /** The strongly connected groups of more than one file (Tarjan's algorithm), each sorted. */
    static List<List<String>> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String file : new TreeSet<>(uses.keySet())) {
            if (!index.containsKey(file)) {
                connect(file, uses, index, low, stack, onStack, out);
            }
        }
        out.sort(Comparator.comparing(group -> group.get(0)));
        return out;
    }

    private static void connect(String file, Map<String, Set<String>> uses, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> out) {
        index.put(file, index.size());
        low.put(file, index.get(file));
        stack.push(file);
        onStack.add(file);
        for (String used : uses.getOrDefault(file, Set.of())) {
            if (!index.containsKey(used)) {
                connect(used, uses, index, low, stack, onStack, out);
                low.put(file, Math.min(low.get(file), low.get(used)));
            } else if (onStack.contains(used)) {
                low.put(file, Math.min(low.get(file), index.get(used)));
            }
        }
        if (low.get(file).equals(index.get(file))) {
            List<String> group = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(file));
            if (group.size() > 1) {
                group.sort(null);
                out.add(group);
            }
        }
    }

    /** {@code dev/lambdalint/rules/Catalog$ById} is written in {@code dev/lambdalint/rules/Catalog}. */
    private static String fileOf(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }

    private static Path codeSource(Class<?> member) {
        try {
            return Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class files under {@code dev/lambdalint/} of a classes folder or a jar, by class name. */
    private static void readClasses(Path location, Map<String, byte[]> out) throws IOException {
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location.resolve("dev/lambdalint"))) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    String name = location.relativize(file).toString().replace('\\', '/');
                    out.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(file));
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                String name = entry.getName();
                if (name.startsWith("dev/lambdalint/") && name.endsWith(".class")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        out.put(name.substring(0, name.length() - ".class".length()), in.readAllBytes());
                    }
                }
            }
        }
    }

    /**
     * The project's class names in a class file's constant pool: class entries and the descriptors of
     * fields, methods and annotations are all UTF-8 entries (JVM specification, section 4.4).
     */
    private static Set<String> namesIn(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt(); // magic
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        Set<String> out = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> {
                    Matcher name = CLASS_NAME.matcher(in.readUTF());
                    while (name.find()) {
                        out.add(name.group());
                    }
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or double takes two entries
                }
                default -> throw new IllegalStateException("unknown constant pool tag " + tag);
            }
        }
        return out;
    }
}
