package dev.lambdalint.linter.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.scanner.ScannerException;

/**
 * The syntax errors and limits Jackson and SnakeYAML report, in words a template author knows and at
 * the place to fix: no parser feature names, no setting names, no redacted source descriptions.
 * Kept apart from {@link TreeReader} because these messages follow the parsers' wording, which
 * changes with their versions, while the reader's tree building does not.
 */
final class SyntaxErrors {
    /** Jackson's "Unexpected end-of-input: expected close marker for Object (start marker at [...; line: 3, column: 16])". */
    private static final Pattern UNCLOSED = Pattern.compile(
            "expected close marker for (Object|Array) \\(start marker at \\[.*?line: (\\d+), column: (\\d+)\\]");

    /** Jackson's "Number value length (5000) exceeds the maximum allowed (1000)". */
    private static final Pattern NUMBER_TOO_LONG = Pattern.compile("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private SyntaxErrors() {}

    static String constraint(String message) {
        // Jackson names its own setting ("..., from `StreamReadConstraints.getMaxNumberLength()`)"),
        // which means nothing to a template author.
        String first = firstLine(message).replaceAll(",? from `[\\w.()]+`", "");
        Matcher number = NUMBER_TOO_LONG.matcher(first);
        if (number.find()) {
            return String.format("a number %s digits long, more than the %s that lambdalint reads: no template needs one; quote it if it is text",
                    number.group(1), number.group(2));
        }
        if (first.contains("nesting depth") || first.contains("Nesting depth")) {
            return "nesting too deep: " + first + "; raise input.maxDepth in .lambdalint.yaml if it is really a template";
        }
        return first;
    }

    /**
     * A YAML syntax error, placed where a person should look. A scanner error (a tab, a bad escape, a
     * colon inside a plain value) is at SnakeYAML's problem mark, the offending character; the parser's
     * own location is the end of the previous token, a line too early for a tab. When the scanner runs
     * into the end of the file, the problem mark says nothing: the quote that was never closed (the
     * context mark) is the place. A parser error ("expected ',' or ']', but got ...") keeps the parser's
     * location, the end of the last good token, which is where the missing piece belongs.
     */
    static LoadException yaml(JsonProcessingException e) {
        if (!(e.getCause() instanceof MarkedYAMLException marked)) {
            return new LoadException("YAML syntax: " + firstLine(e.getOriginalMessage()), Position.of(e.getLocation()));
        }
        String problem = marked.getProblem() == null ? "invalid YAML" : firstLine(marked.getProblem());
        Mark problemMark = marked.getProblemMark();
        Mark contextMark = marked.getContextMark();
        String context = marked.getContext();
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
        if (atEnd && context != null && contextMark != null) {
            String what = context.replaceFirst("^while (scanning|parsing) an? ", "");
            return new LoadException(String.format(
                    "YAML syntax: the file ends inside the %s that starts here; is a closing %s missing?",
                    what, closerOf(context)), at(contextMark));
        }
        String message = "YAML syntax: " + problem;
        if (context != null && contextMark != null && !context.contains("next token")) {
            message += String.format(" (%s that starts at line %d, column %d)",
                    context, contextMark.getLine() + 1, contextMark.getColumn() + 1);
        }
        if (problem.startsWith("expected <block end>")) {
            // SnakeYAML's words for a line indented to a level no mapping or list above it uses.
            message += "; check the indentation of this line";
        }
        boolean scanner = marked instanceof ScannerException;
        return new LoadException(message,
                scanner && problemMark != null ? at(problemMark) : Position.of(e.getLocation()));
    }

    private static String closerOf(String context) {
        if (context.contains("flow sequence")) {
            return "']'";
        }
        if (context.contains("flow mapping")) {
            return "'}'";
        }
        return context.contains("scalar") ? "quote" : "bracket or quote";
    }

    /**
     * A JSON syntax error in words a template author knows (no parser feature names, no redacted source
     * descriptions), at the character to fix: the comma itself for a trailing comma, the end of the text
     * (not the empty line after it) when the file stops before its brackets are closed.
     */
    static LoadException json(JsonProcessingException e, String text) {
        String raw = firstLine(e.getOriginalMessage());
        Position at = Position.of(e.getLocation());
        int offset = at == null ? -1 : offsetOf(text, at);
        if (offset >= 0 && offset < text.length() && (text.charAt(offset) == '}' || text.charAt(offset) == ']')) {
            int before = previousNonBlank(text, offset);
            if (before >= 0 && text.charAt(before) == ',') {
                return new LoadException(String.format(
                        "JSON syntax: a comma before the closing '%c': JSON allows no comma after the last %s",
                        text.charAt(offset), text.charAt(offset) == '}' ? "member" : "item"),
                        positionOf(text, before));
            }
        }
        Matcher unclosed = UNCLOSED.matcher(raw);
        if (unclosed.find()) {
            int last = previousNonBlank(text, text.length());
            return new LoadException(String.format(
                    "JSON syntax: the file ends before the %s that starts at line %s, column %s is closed: a '%s' is missing",
                    unclosed.group(1).equals("Object") ? "object" : "list", unclosed.group(2), unclosed.group(3),
                    unclosed.group(1).equals("Object") ? "}" : "]"),
                    last >= 0 ? positionOf(text, last) : at);
        }
        String message = raw
                .replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replaceAll("\\('(.)' \\(code \\d+\\)\\)", "'$1'")
                .replaceAll("\\s*\\(not recognized as one since Feature '\\w+' not enabled for parser\\)", "")
                .replaceAll(":?\\s*enable `[\\w.]+` to allow", "")
                .replace("maybe a (non-standard) comment?", "comments are not allowed in JSON");
        return new LoadException("JSON syntax: " + message, at);
    }

    private static int offsetOf(String text, Position at) {
        int line = 1;
        int i = 0;
        while (line < at.line() && i < text.length()) {
            if (text.charAt(i++) == '\n') {
                line++;
            }
        }
        return line == at.line() ? i + at.column() - 1 : -1;
    }

    private static Position positionOf(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart + 1);
    }

    private static int previousNonBlank(String text, int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Position at(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = (nl >= 0 ? message.substring(0, nl) : message).trim();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
