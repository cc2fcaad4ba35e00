package dev.lambdalint.rules.catalog.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an environment variable's name says it holds a secret. Names are split into words (on {@code _},
 * {@code -}, {@code .} and camelCase) and judged by their last word, the one that says what the value is:
 * {@code DB_PASSWORD}, {@code githubToken} and {@code AWS_SECRET_ACCESS_KEY} hold secrets, while
 * {@code PASSWORD_SECRET_ARN}, {@code DB_SECRET_NAME}, {@code TOKEN_URL}, {@code ACCESS_KEY_ID} or
 * {@code MAX_TOKENS} hold where a secret lives, or something about it.
 */
final class SecretNames {
    // Compiled once: every environment variable of every function goes through words().
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern CASE_CHANGE = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("\\d+$");

    private SecretNames() {}

    /** Words that are a secret when a name ends with them ({@code dbpassword}, {@code clientsecret} too). */
    private static final List<String> SECRET_SUFFIXES = List.of(
            "password", "passwd", "passphrase", "secret", "token", "credential", "credentials",
            "apikey", "privatekey", "accesskey", "secretkey", "signingkey");

    /** Short words that are a secret only as a whole word: {@code DB_PASS}, not {@code bypass}. */
    private static final Set<String> SECRET_WORDS = Set.of("pass", "pwd", "creds");

    /** {@code X_KEY} is a secret for these X; a bare {@code KEY} (an S3 key, a sort key) is not. */
    private static final Set<String> SECRET_KEY_QUALIFIERS = Set.of(
            "api", "private", "access", "secret", "signing", "license", "hmac", "jwt", "app", "auth");

    /** Trailing words that describe the encoding of the same value: {@code SECRET_KEY_BASE}, {@code TOKEN_VALUE}. */
    private static final Set<String> SAME_VALUE_SUFFIXES = Set.of(
            "value", "base", "b64", "base64", "raw", "plain", "plaintext", "str", "string", "text");

    static boolean looksSecret(String name) {
        List<String> words = words(name);
        while (words.size() > 1 && SAME_VALUE_SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return false;
        }
        String head = words.get(words.size() - 1);
        String before = words.size() > 1 ? words.get(words.size() - 2) : "";
        if (SECRET_WORDS.contains(head)) {
            return true;
        }
        for (String suffix : SECRET_SUFFIXES) {
            if (head.endsWith(suffix)) {
                return true;
            }
        }
        if (head.equals("key")) {
            return SECRET_KEY_QUALIFIERS.contains(before);
        }
        // AUTH alone is a mode or a switch far more often than a secret; BASIC_AUTH holds user:password.
        return head.equals("auth") && before.equals("basic");
    }

    /** Lower-case words of a name: {@code dbPassword2} gives {@code db, password}; {@code APIKey} gives {@code api, key}. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String chunk : SEPARATORS.split(name)) {
            for (String word : CASE_CHANGE.split(chunk)) {
                String w = TRAILING_DIGITS.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
