package dev.lambdalint.rules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads JSON data files (the runtime table, cloud assembly manifests, baselines) into a tree straight
 * from Jackson's streaming parser. {@code ObjectMapper} would do the same, but creating one loads a few
 * hundred classes of the data-binding machinery (serializers, introspection, date formats): a large
 * share of the command line's start-up, for trees it never needs. Like {@code ObjectMapper.readTree},
 * the last of duplicate keys wins, empty input gives a {@link MissingNode}, and what follows the first
 * value is not read.
 */
public final class JsonTrees {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    private JsonTrees() {}

    public static JsonNode read(byte[] bytes) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            return read(parser);
        }
    }

    public static JsonNode read(InputStream in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return read(parser);
        }
    }

    /**
     * The text of one member of the top-level object, read up to that member and no further (the members
     * before it are skipped unread), or null when the document has no such member or is no object. Of
     * duplicate members it is the first (unlike {@link #read}). For a date or version that heads a large
     * data file, without building the tree of the rest.
     */
    public static String topLevelText(InputStream in, String name) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                boolean wanted = name.equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (wanted) {
                    return value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    /** Iterative, so that deep nesting cannot exhaust the stack (the parser bounds the depth). */
    private static JsonNode read(JsonParser parser) throws IOException {
        Deque<JsonNode> open = new ArrayDeque<>();
        String key = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            JsonNode value;
            switch (token) {
                case FIELD_NAME -> {
                    key = parser.currentName();
                    continue;
                }
                case START_OBJECT, START_ARRAY -> {
                    JsonNode container = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    attach(open.peek(), key, container);
                    open.push(container);
                    key = null;
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    JsonNode done = open.pop();
                    if (open.isEmpty()) {
                        return done;
                    }
                    continue;
                }
                case VALUE_NUMBER_INT -> value = switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> value = NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> value = NODES.booleanNode(true);
                case VALUE_FALSE -> value = NODES.booleanNode(false);
                case VALUE_NULL -> value = NODES.nullNode();
                default -> value = NODES.textNode(parser.getText());
            }
            if (open.isEmpty()) {
                return value;
            }
            attach(open.peek(), key, value);
            key = null;
        }
        return MissingNode.getInstance();
    }

    private static void attach(JsonNode parent, String key, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.add(value);
        }
    }
}
