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
 */
public final class SourceMap {
    private final Map<JsonNode, Map<String, Long>> memberPositions = new IdentityHashMap<>();
    private final Map<JsonNode, long[]> elementPositions = new IdentityHashMap<>();

    void member(JsonNode object, String key, Position at) {
        memberPositions.computeIfAbsent(object, k -> new HashMap<>()).put(key, at.pack());
    }

    void element(JsonNode array, int index, Position at) {
        long[] positions = elementPositions.get(array);
        if (positions == null || positions.length <= index) {
            long[] grown = new long[Math.max(4, Math.max(index + 1, positions == null ? 0 : positions.length * 2))];
            if (positions != null) {
                System.arraycopy(positions, 0, grown, 0, positions.length);
            }
            positions = grown;
            elementPositions.put(array, positions);
        }
        positions[index] = at.pack();
    }

    /** The position of member {@code key} of {@code object}, when recorded. */
    Position memberPosition(JsonNode object, String key) {
        Map<String, Long> members = memberPositions.get(object);
        Long packed = members == null ? null : members.get(key);
        return packed == null ? null : Position.unpack(packed);
    }

    /**
     * Where the node at {@code pointer} is written: the key's position for an object member, the
     * element's for an array item. When the pointer leads past what exists, the deepest position
     * found on the way, so a finding about a missing property lands on its resource.
     */
    public Position find(JsonNode root, String pointer) {
        Position best = Position.START;
        JsonNode node = root;
        List<String> segments = Pointers.segments(pointer);
        for (String segment : segments) {
            if (node == null) {
                break;
            }
            if (node.isObject()) {
                Position p = memberPosition(node, segment);
                if (p != null) {
                    best = p;
                }
                node = node.get(segment);
            } else if (node.isArray()) {
                int index = parseIndex(segment);
                long[] positions = elementPositions.get(node);
                if (index < 0 || index >= node.size()) {
                    break;
                }
                if (positions != null && index < positions.length && positions[index] != 0) {
                    best = Position.unpack(positions[index]);
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
        Position p = memberPosition(fromObject, fromKey);
        if (p != null) {
            member(toObject, toKey, p);
        }
    }

    /** Copies the position of one array element to an element of another array. */
    void copyElement(JsonNode fromArray, int fromIndex, JsonNode toArray, int toIndex) {
        long[] positions = elementPositions.get(fromArray);
        if (positions != null && fromIndex < positions.length && positions[fromIndex] != 0) {
            element(toArray, toIndex, Position.unpack(positions[fromIndex]));
        }
    }
}
