package dev.lambdalint.linter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** The tool's version, and where its documentation lives, from the build. */
public final class Version {
    private static final String FALLBACK_DOCS = "https://github.com/lambdalint/lambdalint/blob/main/docs/rules/";

    private Version() {}

    public static String current() {
        return properties().getProperty("version", "dev");
    }

    /**
     * The commit the jar was built from (an abbreviated hash, "-dirty" when the work tree had changes), or
     * empty when the build did not know it (built outside a git checkout).
     */
    public static Optional<String> commit() {
        return known(properties().getProperty("commit", ""));
    }

    private static Optional<String> known(String value) {
        // an unfiltered placeholder (${...}) means the build did not set it
        return value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(value.strip());
    }

    /** Absolute URI of the folder of rule pages, ending in a slash; set by the build (lambdalint.docsBaseUri). */
    public static String docsBaseUri() {
        String uri = properties().getProperty("docsBaseUri", "");
        if (uri.isBlank() || uri.startsWith("${")) {
            return FALLBACK_DOCS;
        }
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/lambdalint/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource is not worth failing a lint run for
        }
        return p;
    }
}
