package dev.lambdalint.linter.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdalint.linter.parse.SourceMap;
import dev.lambdalint.rules.model.Pointers;
import dev.lambdalint.rules.model.Suppression;
import dev.lambdalint.rules.model.Value;
import dev.lambdalint.rules.text.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Finds suppressions written as YAML comments:
 * <pre>
 *   Worker:   # lambdalint: suppress LL301 -- bounded by the queue's MaximumConcurrency
 *     Properties:
 *       MemorySize: 4096   # lambdalint: suppress LL104, LL103 -- image processing uses every core
 * </pre>
 * A comment at the end of a resource's line covers the resource's findings; at the end of a property's
 * line, the findings at that property or below it (on a {@code Globals} line: in every function that
 * inherits it; on a parameter's line: wherever its value is judged). A marker comment alone on its line
 * covers the line below it. Rules are named by id or name, separated by commas or spaces; the reason
 * follows {@code --} and runs to the end of the comment.
 *
 * <p>Comments are not in the tree, so they are read from the text with SnakeYAML's comment events,
 * which know a real comment from a {@code #} inside a quoted string or a block scalar. That second
 * parse, and the reverse index from lines to pointers built from the source map, happen only for a
 * file whose text contains the marker: a file without it costs one substring search.
 */
final class InlineSuppressions {
    private static final Pattern COMMENT = Pattern.compile("^\\s*lambdalint:\\s*suppress\\b(.*)$", Pattern.DOTALL);
    /** Any comment that starts with the tool's name: a marker, or an attempt at one. */
    private static final Pattern MENTION = Pattern.compile("#\\s*lambdalint\\b");
    private static final Pattern ATTEMPT = Pattern.compile("^\\s*lambdalint\\b\\s*[:=]?\\s*([A-Za-z-]+)(.*)$", Pattern.DOTALL);
    private static final String SUPPRESS = "suppress";

    private InlineSuppressions() {}

    /**
     * A marker comment: its 1-based line, whether it stands alone on that line, the text after "suppress",
     * and, for a near miss, the comment as it should have been written.
     */
    private record Marker(int line, boolean ownLine, String body, Optional<String> nearMiss) {}

    static List<Suppression> find(String text, JsonNode root, SourceMap sourceMap) {
        if (text.indexOf("lambdalint") < 0 || startsLikeJson(text) || !MENTION.matcher(text).find()) {
            return List.of();
        }
        List<Marker> markers = Comments.markers(text);
        if (markers.isEmpty()) {
            return List.of();
        }
        TreeMap<Integer, List<String>> lines = new TreeMap<>();
        sourceMap.forEachLine(root, (line, pointer) -> lines.computeIfAbsent(line, k -> new ArrayList<>()).add(pointer));
        List<Suppression> out = new ArrayList<>();
        for (Marker marker : markers) {
            Map.Entry<Integer, List<String>> target = marker.ownLine()
                    ? lines.ceilingEntry(marker.line() + 1)
                    // a comment after the last line of a multi-line value belongs to the value's key
                    : lines.floorEntry(marker.line());
            if (target != null) {
                out.addAll(suppressions(marker, outermost(target.getValue()), root));
            }
        }
        return out;
    }

    /** JSON has no comments; the reader takes a text opening with a brace or bracket for JSON. */
    private static boolean startsLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /** The pointers of a line without those nested in another pointer of the same line (flow mappings). */
    private static List<String> outermost(List<String> pointers) {
        List<String> out = new ArrayList<>();
        for (String p : pointers) {
            boolean nested = false;
            for (String q : pointers) {
                if (p.startsWith(q + "/")) {
                    nested = true;
                    break;
                }
            }
            if (!nested && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Suppression> suppressions(Marker marker, List<String> pointers, JsonNode root) {
        String body = marker.body();
        int dash = body.indexOf("--");
        String rules = dash < 0 ? body : body.substring(0, dash);
        Optional<String> reason = dash < 0
                ? Optional.empty()
                : Optional.of(body.substring(dash + 2).trim()).filter(r -> !r.isEmpty());

        String first = pointers.get(0);
        Value at = new Value(root.at(JsonPointer.compile(first)), first);
        Optional<String> wholeResource = pointers.size() == 1 ? resourceOf(first).filter(id ->
                first.equals(Pointers.resource(id))) : Optional.empty();
        String resource = wholeResource.orElseGet(() -> pointers.stream()
                .map(InlineSuppressions::resourceOf).flatMap(Optional::stream).findFirst().orElse(""));
        List<String> properties = wholeResource.isPresent() ? List.of() : pointers;

        List<Suppression> out = new ArrayList<>();
        if (marker.nearMiss().isPresent()) {
            out.add(new Suppression(Optional.empty(), reason, at, resource, properties, true, marker.nearMiss()));
            return out;
        }
        for (String rule : rules.trim().split("[\\s,]+")) {
            if (!rule.isEmpty()) {
                out.add(new Suppression(Optional.of(rule), reason, at, resource, properties, true));
            }
        }
        if (out.isEmpty()) {
            out.add(new Suppression(Optional.empty(), reason, at, resource, properties, true));
        }
        return out;
    }

    /** The logical id of the resource {@code pointer} lies in, if it lies under /Resources. */
    private static Optional<String> resourceOf(String pointer) {
        List<String> segments = Pointers.segments(pointer);
        return segments.size() >= 2 && segments.get(0).equals("Resources") ? Optional.of(segments.get(1)) : Optional.empty();
    }

    /**
     * The text after the verb of a comment meant as a suppression but not written as one: the colon left
     * out ({@code lambdalint suppress}), or the verb misspelt ({@code supress}, {@code Suppress},
     * {@code suppression}). Lambdalint would otherwise ignore it, and the finding it was meant to silence
     * would stay without anyone knowing why.
     */
    static Optional<String> nearMiss(String comment) {
        Matcher m = ATTEMPT.matcher(comment);
        if (!m.matches()) {
            return Optional.empty();
        }
        String verb = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return EditDistance.between(verb, SUPPRESS) <= 2 ? Optional.of(m.group(2).stripTrailing()) : Optional.empty();
    }

    /**
     * Reads comments with SnakeYAML's comment events. A class of its own, so that the JVM loads the YAML
     * library's types when a file has a marker comment, not whenever it links this class (JSON inputs
     * never need them).
     */
    private static final class Comments {
        private Comments() {}

        /** The comments that carry the marker. */
        static List<Marker> markers(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setProcessComments(true);
            // The tree parse has already bounded size and depth; these only must not refuse what it accepted.
            options.setCodePointLimit(Math.max(text.length() + 1, options.getCodePointLimit()));
            options.setNestingDepthLimit(10_000);
            List<Marker> out = new ArrayList<>();
            try {
                Parser parser = new ParserImpl(new StreamReader(text), options);
                while (parser.peekEvent() != null) {
                    Event event = parser.getEvent();
                    if (event instanceof CommentEvent comment && comment.getCommentType() != CommentType.BLANK_LINE) {
                        int line = comment.getStartMark().getLine() + 1;
                        boolean ownLine = comment.getCommentType() == CommentType.BLOCK;
                        Matcher m = COMMENT.matcher(comment.getValue());
                        if (m.matches()) {
                            out.add(new Marker(line, ownLine, m.group(1), Optional.empty()));
                        } else {
                            nearMiss(comment.getValue()).ifPresent(body ->
                                    out.add(new Marker(line, ownLine, body, Optional.of("# lambdalint: suppress" + body))));
                        }
                    }
                    if (event.is(Event.ID.StreamEnd)) {
                        break;
                    }
                }
            } catch (RuntimeException e) {
                // The tree parse of this text succeeded; SnakeYAML's comment mode failing on it is a bug there.
                // Keep the markers read so far rather than fail the whole file.
            }
            return out;
        }
    }
}
