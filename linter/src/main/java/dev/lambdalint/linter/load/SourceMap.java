package dev.lambdalint.linter.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.model.Pointers;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each node of a template tree is written. Positions hang off the containers that hold them (the
 * key of an object member, the start of an array element), so lookups walk the pointer from the root
 * instead of building a string for every node while parsing. A subtree shared through a YAML alias
 * keeps the positions of its anchor.
 *
 * <p>Each entry holds two packed positions, the start and the exclusive end of what is written there
 * (0 when the end is unknown), in the one array the start alone would need anyway: recording ends adds
 * no map entries and no allocations to the parse.
 */
public final class SourceMap {
    private final Map<JsonNode, Map<String, long[]>> memberPositions = new IdentityHashMap<>();
    /** Per array: start and end of element i at 2i and 2i + 1. */
    private final Map<JsonNode, long[]> elementPositions = new IdentityHashMap<>();

    void member(JsonNode object, String key, Position at) {
        member(object, key, at, null);
    }

    void member(JsonNode object, String key, Position at, Position end) {
        memberPositions.computeIfAbsent(object, k -> new HashMap<>())
                .put(key, new long[] {at.pack(), end == null ? 0 : end.pack()});
    }

    void element(JsonNode array, int index, Position at) {
        element(array, index, at, null);
    }

    void element(JsonNode array, int index, Position at, Position end) {
        long[] slots = elementSlots(array, index);
        slots[2 * index] = at.pack();
        slots[2 * index + 1] = end == null ? 0 : end.pack();
    }

    private long[] elementSlots(JsonNode array, int index) {
        long[] positions = elementPositions.get(array);
        if (positions == null || positions.length <= 2 * index + 1) {
            int current = positions == null ? 0 : positions.length;
            long[] grown = new long[Math.max(8, Math.max(2 * index + 2, current * 2))];
            if (positions != null) {
                System.arraycopy(positions, 0, grown, 0, positions.length);
            }
            positions = grown;
            elementPositions.put(array, positions);
        }
        return positions;
    }

    /** The position of member {@code key} of {@code object}, when recorded. */
    Position memberPosition(JsonNode object, String key) {
        long[] entry = memberEntry(object, key);
        return entry == null ? null : Position.unpack(entry[0]);
    }

    private long[] memberEntry(JsonNode object, String key) {
        Map<String, long[]> members = memberPositions.get(object);
        return members == null ? null : members.get(key);
    }

    private long[] elementEntry(JsonNode array, int index) {
        long[] positions = elementPositions.get(array);
        if (positions == null || 2 * index + 1 >= positions.length || positions[2 * index] == 0) {
            return null;
        }
        return new long[] {positions[2 * index], positions[2 * index + 1]};
    }

    /**
     * Where the node at {@code pointer} is written: the key's position for an object member, the
     * element's for an array item. When the pointer leads past what exists, the deepest position
     * found on the way, so a finding about a missing property lands on its resource.
     */
    public Position find(JsonNode root, String pointer) {
        return Position.unpack(locate(root, pointer)[0]);
    }

    /** Like {@link #find}, with where the value written there ends. */
    public Span findSpan(JsonNode root, String pointer) {
        long[] found = locate(root, pointer);
        return Span.of(Position.unpack(found[0]), found[1] == 0 ? null : Position.unpack(found[1]));
    }

    private long[] locate(JsonNode root, String pointer) {
        long[] best = {Position.START.pack(), 0};
        JsonNode node = root;
        List<String> segments = Pointers.segments(pointer);
        for (String segment : segments) {
            if (node == null) {
                break;
            }
            if (node.isObject()) {
                long[] entry = memberEntry(node, segment);
                if (entry != null) {
                    best = entry;
                }
                node = node.get(segment);
            } else if (node.isArray()) {
                int index = parseIndex(segment);
                if (index < 0 || index >= node.size()) {
                    break;
                }
                long[] entry = elementEntry(node, index);
                if (entry != null) {
                    best = entry;
                }
                node = node.get(index);
            } else {
                break;
            }
        }
        return best;
    }

    private static int parseIndex(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Copies the position of one member to a member of another object (SAM Globals merging). */
    void copyMember(JsonNode fromObject, String fromKey, JsonNode toObject, String toKey) {
        long[] entry = memberEntry(fromObject, fromKey);
        if (entry != null) {
            memberPositions.computeIfAbsent(toObject, k -> new HashMap<>()).put(toKey, entry.clone());
        }
    }

    /** Copies the position of one array element to an element of another array. */
    void copyElement(JsonNode fromArray, int fromIndex, JsonNode toArray, int toIndex) {
        long[] entry = elementEntry(fromArray, fromIndex);
        if (entry != null) {
            long[] slots = elementSlots(toArray, toIndex);
            slots[2 * toIndex] = entry[0];
            slots[2 * toIndex + 1] = entry[1];
        }
    }

    /**
     * Calls {@code visitor} with the start line of every member and element below {@code root} and its
     * pointer, in document order. For the rare reader that needs to go from a line back to a pointer
     * (inline suppression comments); the parse itself never pays for it.
     */
    void forEachLine(JsonNode root, LineVisitor visitor) {
        walk(root, "", visitor, 0);
    }

    /** Receives a line and the pointer of the member or element that starts on it. */
    interface LineVisitor {
        void visit(int line, String pointer);
    }

    private void walk(JsonNode node, String pointer, LineVisitor visitor, int depth) {
        if (depth > 200) {
            return;
        }
        if (node.isObject()) {
            Map<String, long[]> members = memberPositions.get(node);
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = Pointers.child(pointer, e.getKey());
                long[] entry = members == null ? null : members.get(e.getKey());
                if (entry != null) {
                    visitor.visit(Position.unpack(entry[0]).line(), child);
                }
                walk(e.getValue(), child, visitor, depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = Pointers.child(pointer, i);
                long[] entry = elementEntry(node, i);
                if (entry != null) {
                    visitor.visit(Position.unpack(entry[0]).line(), child);
                }
                walk(node.get(i), child, visitor, depth + 1);
            }
        }
    }
}
