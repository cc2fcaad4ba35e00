package dev.lambdalint.linter.cli;

import dev.lambdalint.linter.text.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Picocli's parse errors in the words of this tool, with a guess at what a mistyped word was meant to be. */
final class UsageErrors {
    /** Picocli's "Invalid value for option '--date': " before a converter's own message that names the option. */
    private static final Pattern INVALID_VALUE = Pattern.compile("Invalid value for option '([^']+)': (.*)", Pattern.DOTALL);

    private UsageErrors() {}

    static String describe(CommandLine.ParameterException e) {
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("-")) {
                String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                List<String> options = new ArrayList<>();
                spec.options().forEach(o -> options.addAll(List.of(o.names())));
                return "unknown option '" + name + "' for " + spec.qualifiedName() + DidYouMean.hint(name, options);
            }
            if (!spec.subcommands().isEmpty()) {
                return "unknown command '" + word + "'" + DidYouMean.hint(word, spec.subcommands().keySet())
                        + " (commands: " + String.join(", ", spec.subcommands().keySet()) + ")";
            }
            return "unexpected argument '" + word + "'";
        }
        Matcher m = INVALID_VALUE.matcher(e.getMessage());
        if (m.matches() && m.group(2).startsWith(m.group(1))) {
            return m.group(2);
        }
        return e.getMessage();
    }
}
