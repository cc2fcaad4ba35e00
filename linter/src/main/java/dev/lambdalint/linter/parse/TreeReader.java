package dev.lambdalint.linter.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.lambdalint.rules.model.LoadProblem;
import dev.lambdalint.rules.model.Pointers;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads JSON or YAML into a tree and its {@link SourceMap} in one streaming pass. CloudFormation's
 * short-form tags become their long form ({@code !Ref X} is {@code {"Ref": "X"}}, {@code !GetAtt A.B.C}
 * is {@code {"Fn::GetAtt": ["A", "B.C"]}}), YAML aliases are expanded by sharing the anchored node, and
 * a key given twice keeps its last value, as CloudFormation does, and becomes a {@link LoadProblem} at the
 * second key naming both lines. Building the tree iteratively keeps deep nesting from exhausting the
 * stack; the depth limit refuses it with a message.
 */
public final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);
    private static final Set<String> FN_TAGS = Set.of(
            "Sub", "Join", "Select", "Split", "If", "Equals", "And", "Or", "Not", "FindInMap", "Base64",
            "Cidr", "ImportValue", "GetAZs", "Transform", "GetStackOutput", "ToJsonString", "Length",
            // The rule functions of a template's Rules section (Fn::Contains, Fn::EachMemberEquals, ...).
            "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll");
    private static final String YAML_CORE_TAG = "tag:yaml.org,2002:";
    /** The YAML 1.1 merge key. */
    private static final String MERGE_KEY = "<<";
    static final int MAX_YAML_LINE = 1024 * 1024;

    private final ReadLimits limits;
    private final StreamReadConstraints constraints;
    private final JsonFactory jsonFactory;
    /** A YAMLFactory, made on the first YAML input: a cloud assembly is JSON only and never loads SnakeYAML. */
    private volatile JsonFactory yamlFactory;

    public TreeReader(ReadLimits limits) {
        this.limits = limits;
        this.constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxNumberLength(1000)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                .build();
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    }

    private JsonFactory yamlFactory() {
        JsonFactory factory = yamlFactory;
        if (factory == null) {
            synchronized (this) {
                factory = yamlFactory;
                if (factory == null) {
                    factory = Yaml.factory(limits, constraints);
                    yamlFactory = factory;
                }
            }
        }
        return factory;
    }

    /**
     * The YAML library's types appear only here and where a YAML parser is already at hand, so that the
     * JVM does not load them while it links this class.
     */
    private static final class Yaml {
        static JsonFactory factory(ReadLimits limits, StreamReadConstraints constraints) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
            options.setNestingDepthLimit(limits.maxDepth() + 1);
            return YAMLFactory.builder()
                    .loaderOptions(options)
                    .streamReadConstraints(constraints)
                    .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                    .build();
        }
    }

    /** Reads a file's bytes; JSON when the first non-blank character opens an object or array, else YAML. */
    public ParsedTree read(byte[] bytes) throws LoadException {
        limits.checkSize(bytes.length);
        String text = TextDecoder.decode(bytes);
        if (text.isBlank()) {
            throw new LoadException("empty file, not a template");
        }
        boolean json = firstNonBlank(text) == '{' || firstNonBlank(text) == '[';
        if (!json) {
            refuseLongLines(text);
        }
        try (JsonParser parser = json ? jsonFactory.createParser(text) : yamlFactory().createParser(text)) {
            try {
                return new Builder(parser, json ? null : (YAMLParser) parser, text).build();
            } catch (StreamConstraintsException e) {
                // Jackson does not always say where (a number too long has no location): the token is.
                Position at = Position.of(e.getLocation());
                throw new LoadException(SyntaxErrors.constraint(e.getMessage()), at != null ? at : Position.of(parser.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            throw json ? SyntaxErrors.json(e, text) : SyntaxErrors.yaml(e);
        } catch (IOException e) {
            throw new LoadException("cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (code points, nesting) as unchecked exceptions.
            throw new LoadException("YAML: " + SyntaxErrors.firstLine(String.valueOf(e.getMessage())));
        }
    }

    /**
     * SnakeYAML copies its look-ahead buffer over and over while it scans one token, so a token of
     * millions of characters without a blank (a value, a comment) takes minutes: 80 s for 5 MB. No
     * template has such a line (CloudFormation takes 1 MB for the whole template), and one of up to
     * {@link #MAX_YAML_LINE} characters costs about a second, so longer ones are refused up front.
     */
    private static void refuseLongLines(String text) throws LoadException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_YAML_LINE) {
                    throw new LoadException(String.format(
                            "line %d is %d characters long, more than the %d lambdalint reads in YAML: no template has such a line",
                            line, i - start, MAX_YAML_LINE), new Position(line, 1));
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return ' ';
    }

    private final class Builder {
        private final JsonParser parser;
        private final YAMLParser yaml;
        private final SourceMap sourceMap = new SourceMap();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private final Map<String, Long> anchorSizes = new HashMap<>();
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final List<Duplicate> duplicates = new ArrayList<>();
        private long totalNodes;
        private JsonNode root;

        private final String text;

        Builder(JsonParser parser, YAMLParser yaml, String text) {
            this.parser = parser;
            this.yaml = yaml;
            this.text = text;
        }

        ParsedTree build() throws IOException, LoadException {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                Position at = Position.of(parser.currentTokenLocation());
                switch (token) {
                    case FIELD_NAME -> fieldName(at);
                    case START_OBJECT, START_ARRAY -> startContainer(token == JsonToken.START_OBJECT, at);
                    case END_OBJECT, END_ARRAY -> endContainer();
                    default -> scalar(token, at);
                }
                if (root != null && stack.isEmpty()) {
                    break;
                }
            }
            if (root == null) {
                throw new LoadException("no document in the file, not a template");
            }
            // CloudFormation reads exactly one document: what follows it (a second YAML document, a
            // stray brace or a second object in JSON) makes the whole file invalid, so it is not ignored.
            // The end of the first YAML document is where the next one's '---' stands.
            Position end = Position.of(parser.currentLocation());
            if (parser.nextToken() != null) {
                throw yaml != null
                        ? new LoadException("a second YAML document starts here, but a template is a single document", end)
                        : new LoadException("JSON syntax: more content after the end of the template's top-level object",
                                Position.of(parser.currentTokenLocation()));
            }
            return new ParsedTree(root, sourceMap, text, problems());
        }

        /**
         * A key written twice: CloudFormation accepts the template and keeps the last value (for YAML as
         * for JSON), so the tree keeps it too and the rest of the template is linted. The problem points
         * at the second key, whose position the member now has.
         */
        private List<LoadProblem> problems() {
            if (duplicates.isEmpty()) {
                return List.of();
            }
            Map<JsonNode, String> pointers = pointersOf(duplicates.stream().map(Duplicate::container).toList());
            List<LoadProblem> out = new ArrayList<>();
            for (Duplicate d : duplicates) {
                String container = pointers.get(d.container());
                if (container != null) {
                    out.add(new LoadProblem(Pointers.child(container, d.key()), String.format(
                            "key '%s' appears twice in the same mapping (lines %d and %d): CloudFormation keeps the "
                                    + "last value and ignores the first; remove one of them",
                            d.key(), d.firstLine(), d.line())));
                }
            }
            return out;
        }

        /** The pointer of each of {@code containers} in the finished tree, found by one walk that visits shared (aliased) nodes once. */
        private Map<JsonNode, String> pointersOf(List<JsonNode> containers) {
            Map<JsonNode, String> found = new IdentityHashMap<>();
            Set<JsonNode> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
            wanted.addAll(containers);
            Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<Map.Entry<JsonNode, String>> pending = new ArrayDeque<>();
            pending.push(Map.entry(root, ""));
            while (!pending.isEmpty() && found.size() < wanted.size()) {
                Map.Entry<JsonNode, String> next = pending.pop();
                JsonNode node = next.getKey();
                if (!node.isContainerNode() || !seen.add(node)) {
                    continue;
                }
                if (wanted.contains(node)) {
                    found.put(node, next.getValue());
                }
                if (node.isObject()) {
                    node.fields().forEachRemaining(e -> pending.push(Map.entry(e.getValue(), Pointers.child(next.getValue(), e.getKey()))));
                } else {
                    for (int i = node.size() - 1; i >= 0; i--) {
                        pending.push(Map.entry(node.get(i), Pointers.child(next.getValue(), i)));
                    }
                }
            }
            return found;
        }

        private void fieldName(Position at) throws IOException, LoadException {
            Frame frame = stack.peek();
            String key = parser.currentName();
            frame.pendingDuplicate = frame.container.has(key);
            if (frame.pendingDuplicate) {
                Position first = sourceMap.memberPosition(frame.container, key);
                duplicates.add(new Duplicate(frame.container, key, first == null ? at.line() : first.line(), at.line()));
            }
            frame.pendingKey = key;
            frame.pendingKeyAt = at;
            // JSON's parser has already read past the colon here; a JSON key is its text in quotes.
            frame.pendingKeyEnd = yaml != null
                    ? Position.of(parser.currentLocation())
                    : new Position(at.line(), at.column() + key.length() + 2);
        }

        private void startContainer(boolean object, Position at) throws IOException, LoadException {
            if (stack.size() >= limits.maxDepth()) {
                throw new LoadException(String.format(
                        "nesting deeper than %d levels; raise input.maxDepth in .lambdalint.yaml if it is really a template",
                        limits.maxDepth()), at);
            }
            String tag = yaml == null ? null : yaml.getTypeId();
            String anchor = yaml == null ? null : yaml.getObjectId();
            JsonNode container = object ? NODES.objectNode() : NODES.arrayNode();
            JsonNode value = applyTag(tag, container, at, null);
            attach(value, at, null);
            totalNodes++;
            stack.push(new Frame(container, value, anchor));
        }

        private void endContainer() {
            Frame frame = stack.pop();
            if (yaml != null && frame.container instanceof ObjectNode object && object.has(MERGE_KEY)) {
                applyMergeKey(object);
            }
            if (frame.anchor != null) {
                anchors.put(frame.anchor, frame.value);
                anchorSizes.put(frame.anchor, frame.nodes);
            }
            if (!stack.isEmpty()) {
                stack.peek().nodes += frame.nodes;
            }
        }

        /**
         * Resolves a YAML merge key ({@code <<: *common} or {@code <<: [*a, *b]}) in a mapping that has just
         * been read: the merged mappings' keys are added where the mapping does not set them itself, the
         * first merged mapping winning over later ones, and the {@code <<} member goes. CloudFormation
         * itself takes no aliases, but {@code sam deploy} and {@code aws cloudformation package} expand them
         * and their merges before uploading, and SAM teams share function settings this way. Each merged
         * member keeps the position where it is written, in the anchored mapping.
         */
        private void applyMergeKey(ObjectNode object) {
            JsonNode merge = object.get(MERGE_KEY);
            List<JsonNode> sources = new ArrayList<>();
            if (merge.isObject()) {
                sources.add(merge);
            } else if (merge.isArray()) {
                merge.forEach(sources::add);
            }
            if (sources.isEmpty() || !sources.stream().allMatch(JsonNode::isObject)) {
                return; // not a merge CloudFormation tooling would make: left as written
            }
            ObjectNode merged = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals(MERGE_KEY)) {
                    merged.set(e.getKey(), e.getValue());
                    sourceMap.copyMemberToLast(object, e.getKey(), merged);
                }
            }
            for (JsonNode source : sources) {
                for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!merged.has(e.getKey())) {
                        merged.set(e.getKey(), e.getValue());
                        sourceMap.copyMemberToLast(source, e.getKey(), merged);
                    }
                }
            }
            // The mapping is already attached to its parent: refill it in place, positions with it.
            object.removeAll();
            for (Iterator<String> it = merged.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                object.set(key, merged.get(key));
                sourceMap.copyMemberToLast(merged, key, object);
            }
            sourceMap.forgetKeyIndex(object);
            sourceMap.forgetKeyIndex(merged);
        }

        private void scalar(JsonToken token, Position at) throws IOException, LoadException {
            if (yaml != null && yaml.isCurrentAlias()) {
                alias(at);
                return;
            }
            String tag = yaml == null ? null : yaml.getTypeId();
            JsonNode scalar = scalarNode(token, tag);
            // Read after the value's text, so that the parser has reached its end (JSON strings too).
            Position end = Position.of(parser.currentLocation());
            JsonNode node = applyTag(tag, scalar, at, end);
            attach(node, at, end);
            count(1);
            String anchor = yaml == null ? null : yaml.getObjectId();
            if (anchor != null) {
                anchors.put(anchor, node);
                anchorSizes.put(anchor, 1L);
            }
        }

        private void alias(Position at) throws IOException, LoadException {
            String name = parser.getText();
            JsonNode target = anchors.get(name);
            if (target == null) {
                throw new LoadException(String.format("alias *%s refers to no anchor &%s before it", name, name), at);
            }
            attach(target, at, Position.of(parser.currentLocation()));
            count(anchorSizes.getOrDefault(name, 1L));
        }

        private void count(long nodes) throws LoadException {
            totalNodes += nodes;
            if (!stack.isEmpty()) {
                stack.peek().nodes += nodes;
            }
            if (totalNodes > limits.maxNodes()) {
                throw new LoadException(String.format(
                        "the document expands to more than %d nodes (YAML aliases repeated over and over, an 'alias bomb'?); refusing to read it",
                        limits.maxNodes()));
            }
        }

        /**
         * @param end where a scalar value ends; null for a mapping or list, whose member then spans its
         *     key only
         */
        private void attach(JsonNode value, Position at, Position end) {
            Frame parent = stack.peek();
            if (parent == null) {
                root = value;
                return;
            }
            if (parent.container instanceof ObjectNode object) {
                object.set(parent.pendingKey, value);
                Position until = end != null ? end : parent.pendingKeyEnd;
                if (parent.pendingDuplicate) {
                    // The later value replaces the earlier one in its place: the member is where it was written last.
                    sourceMap.member(object, parent.pendingKey, parent.pendingKeyAt, until);
                } else {
                    sourceMap.lastMember(object, parent.pendingKeyAt, until);
                }
            } else {
                ArrayNode array = (ArrayNode) parent.container;
                array.add(value);
                sourceMap.element(array, array.size() - 1, at, end);
            }
        }

        private JsonNode scalarNode(JsonToken token, String tag) throws IOException {
            if (tag != null && tag.equals(YAML_CORE_TAG + "str")) {
                return NODES.textNode(parser.getText());
            }
            return switch (token) {
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> NODES.textNode(parser.getText());
            };
        }

        /** Wraps {@code value} in the long form of a CloudFormation short-form tag. */
        private JsonNode applyTag(String tag, JsonNode value, Position at, Position end) throws LoadException {
            if (tag == null || tag.startsWith(YAML_CORE_TAG)) {
                return value;
            }
            ObjectNode wrapper = NODES.objectNode();
            String key;
            JsonNode argument = value;
            switch (tag) {
                case "Ref", "Condition" -> key = tag;
                case "GetAtt" -> {
                    key = "Fn::GetAtt";
                    if (value.isTextual()) {
                        String text = value.asText();
                        int dot = text.indexOf('.');
                        if (dot <= 0 || dot == text.length() - 1) {
                            throw new LoadException(String.format(
                                    "!GetAtt %s needs the form Resource.Attribute (or a list [Resource, Attribute])", text), at);
                        }
                        ArrayNode pair = NODES.arrayNode();
                        pair.add(text.substring(0, dot));
                        pair.add(text.substring(dot + 1));
                        sourceMap.element(pair, 0, at, end);
                        sourceMap.element(pair, 1, at, end);
                        argument = pair;
                    }
                }
                default -> {
                    if (!FN_TAGS.contains(tag)) {
                        throw new LoadException(String.format(
                                "unknown tag !%s: CloudFormation's short forms are !Ref, !GetAtt, !Sub, !If, !Join, !Select, !Split, !FindInMap, ...",
                                tag), at);
                    }
                    key = "Fn::" + tag;
                }
            }
            wrapper.set(key, argument);
            sourceMap.lastMember(wrapper, at, end);
            return wrapper;
        }
    }

    /** A key written a second time in {@code container}, on {@code line}; first written on {@code firstLine}. */
    private record Duplicate(JsonNode container, String key, int firstLine, int line) {}

    /** A mapping or list being filled. {@code value} is what the parent holds: the container, or its tag wrapper. */
    private static final class Frame {
        final JsonNode container;
        final JsonNode value;
        final String anchor;
        String pendingKey;
        /** True when {@link #pendingKey} is already a member: its value replaces the earlier one. */
        boolean pendingDuplicate;
        Position pendingKeyAt;
        Position pendingKeyEnd;
        long nodes = 1;

        Frame(JsonNode container, JsonNode value, String anchor) {
            this.container = container;
            this.value = value;
            this.anchor = anchor;
        }
    }
}
