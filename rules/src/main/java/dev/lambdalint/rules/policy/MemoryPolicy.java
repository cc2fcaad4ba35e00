package dev.lambdalint.rules.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * @param minimumMb the least memory a function should have
 * @param minimumMbByRuntime stricter minimums for runtimes that need more (glob on the runtime id, such as
 *     {@code java*}); an exact id wins over a glob, a longer glob over a shorter one
 * @param singleThreadedRuntimes runtimes whose code uses one vCPU unless it starts threads or processes
 */
public record MemoryPolicy(int minimumMb, Map<String, Integer> minimumMbByRuntime, List<String> singleThreadedRuntimes) {

    public static final MemoryPolicy DEFAULT =
            new MemoryPolicy(256, orderedMap("java*", 1024, "dotnet*", 512), List.of("nodejs*", "python*", "ruby*"));

    public MemoryPolicy {
        minimumMbByRuntime = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(minimumMbByRuntime));
        singleThreadedRuntimes = List.copyOf(singleThreadedRuntimes);
    }

    /** The minimum for {@code runtime} (empty when the runtime cannot be known statically). */
    public int minimumFor(Optional<String> runtime) {
        if (runtime.isEmpty()) {
            return minimumMb;
        }
        return RuntimeGlob.bestMatch(minimumMbByRuntime.keySet(), runtime.get())
                .map(minimumMbByRuntime::get)
                .orElse(minimumMb);
    }

    public boolean isSingleThreaded(String runtime) {
        return RuntimeGlob.bestMatch(singleThreadedRuntimes, runtime).isPresent();
    }

    private static Map<String, Integer> orderedMap(String k1, int v1, String k2, int v2) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
