package dev.lambdalint.linter.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.rules.model.Pointers;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Where each node of a template tree is written. Positions hang off the containers that hold them (the
 * key of an object member, the start of an array element), so lookups walk the pointer from the root
 * instead of building a string for every node while parsing. A subtree shared through a YAML alias
 * keeps the positions of its anchor.
 *
 * <p>Every container has one {@code long[]}: the start and the exclusive end (0 when unknown) of its
 * item i at 2i and 2i + 1, where an object's items are its members in the order they were added (the
 * order of the file; objects keep it and nothing removes members from a template). A map per object
 * from key to position would cost several objects per member; on a large cloud assembly that was a
 * third of the heap. The index of a key is found when a position is asked for, which happens only
 * for the few nodes that findings and errors point at; large objects (the Resources section) get
 * a key index on their first lookup, so that lookups stay cheap however many resources there are.
 */
public final class SourceMap {
    private static final long[] NONE = new long[0];
    /** Objects up to this size are searched key by key; larger ones get an index. */
    private static final int SCAN_LIMIT = 8;

    private final Map<JsonNode, long[]> positions = new IdentityHashMap<>();
    /** Built on first lookup, after loading; synchronized because lookups may come from any thread. */
    private final Map<JsonNode, Map<String, Integer>> keyIndexes = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Records where the member just added to {@code object} (its last one) is written. */
    void lastMember(JsonNode object, Position at, Position end) {
        record(object, object.size() - 1, at.pack(), end == null ? 0 : end.pack());
    }

    /**
     * Records where member {@code key} of {@code object} is written, wherever it stands among the members:
     * for a key written twice, whose later value keeps the earlier one's place. Searches key by key, since
     * the object is still being read (no index may be built yet).
     */
    void member(JsonNode object, String key, Position at, Position end) {
        int index = 0;
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); index++) {
            if (it.next().equals(key)) {
                record(object, index, at.pack(), end == null ? 0 : end.pack());
                return;
            }
        }
    }

    void element(JsonNode array, int index, Position at, Position end) {
        record(array, index, at.pack(), end == null ? 0 : end.pack());
    }

    private void record(JsonNode container, int index, long start, long end) {
        long[] slots = positions.get(container);
        if (slots == null || slots.length <= 2 * index + 1) {
            int current = slots == null ? 0 : slots.length;
            int wanted = Math.max(2 * index + 2, Math.max(container.size() * 2, current * 2));
            long[] grown = new long[Math.max(2, wanted)];
            if (slots != null) {
                System.arraycopy(slots, 0, grown, 0, slots.length);
            }
            slots = grown;
            positions.put(container, slots);
        }
        slots[2 * index] = start;
        slots[2 * index + 1] = end;
    }

    /**
     * The position of member {@code key} of {@code object}, when recorded. Searches the keys one by one:
     * for messages about a malformed document, possibly while it is still being read.
     */
    Position memberPosition(JsonNode object, String key) {
        int index = 0;
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); index++) {
            if (it.next().equals(key)) {
                long[] entry = entry(object, index);
                return entry == null ? null : Position.unpack(entry[0]);
            }
        }
        return null;
    }

    /** Start and end of item {@code index} of {@code container}; null when not recorded. */
    private long[] entry(JsonNode container, int index) {
        long[] slots = positions.getOrDefault(container, NONE);
        if (index < 0 || 2 * index + 1 >= slots.length || slots[2 * index] == 0) {
            return null;
        }
        return new long[] {slots[2 * index], slots[2 * index + 1]};
    }

    /** The index of {@code key} among the members of {@code object}, or -1. */
    private int memberIndex(JsonNode object, String key) {
        if (object.size() <= SCAN_LIMIT) {
            int index = 0;
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); index++) {
                if (it.next().equals(key)) {
                    return index;
                }
            }
            return -1;
        }
        Map<String, Integer> byKey = keyIndexes.computeIfAbsent(object, o -> {
            Map<String, Integer> index = new HashMap<>(o.size() * 2);
            int i = 0;
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); i++) {
                index.put(it.next(), i);
            }
            return index;
        });
        return byKey.getOrDefault(key, -1);
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
            int index;
            JsonNode child;
            if (node.isObject()) {
                index = memberIndex(node, segment);
                child = node.get(segment);
            } else if (node.isArray()) {
                index = parseIndex(segment);
                if (index < 0 || index >= node.size()) {
                    break;
                }
                child = node.get(index);
            } else {
                break;
            }
            long[] entry = entry(node, index);
            if (entry != null) {
                best = entry;
            }
            node = child;
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

    /**
     * Copies the position of one member to the member just added to {@code toObject} (its last one),
     * for SAM Globals merging.
     */
    public void copyMemberToLast(JsonNode fromObject, String fromKey, JsonNode toObject) {
        long[] entry = entry(fromObject, memberIndex(fromObject, fromKey));
        if (entry != null) {
            record(toObject, toObject.size() - 1, entry[0], entry[1]);
        }
    }

    /** Drops the key index of {@code object}, whose members were replaced after it was built (a YAML merge key). */
    void forgetKeyIndex(JsonNode object) {
        keyIndexes.remove(object);
    }

    /** Copies the position of one array element to an element of another array. */
    public void copyElement(JsonNode fromArray, int fromIndex, JsonNode toArray, int toIndex) {
        long[] entry = entry(fromArray, fromIndex);
        if (entry != null) {
            record(toArray, toIndex, entry[0], entry[1]);
        }
    }

    /**
     * Calls {@code visitor} with the start line of every member and element below {@code root} and its
     * pointer, in document order. For the rare reader that needs to go from a line back to a pointer
     * (inline suppression comments); the parse itself never pays for it.
     */
    public void forEachLine(JsonNode root, LineVisitor visitor) {
        walk(root, "", visitor, 0);
    }

    /** Receives a line and the pointer of the member or element that starts on it. */
    public interface LineVisitor {
        void visit(int line, String pointer);
    }

    private void walk(JsonNode node, String pointer, LineVisitor visitor, int depth) {
        if (depth > 200) {
            return;
        }
        if (node.isObject()) {
            int i = 0;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = Pointers.child(pointer, e.getKey());
                long[] entry = entry(node, i++);
                if (entry != null) {
                    visitor.visit(Position.unpack(entry[0]).line(), child);
                }
                walk(e.getValue(), child, visitor, depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = Pointers.child(pointer, i);
                long[] entry = entry(node, i);
                if (entry != null) {
                    visitor.visit(Position.unpack(entry[0]).line(), child);
                }
                walk(node.get(i), child, visitor, depth + 1);
            }
        }
    }
}
