package dev.lambdalint.linter.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build. */
public final class Version {
    private Version() {}

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/lambdalint/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource is not worth failing a lint run for
        }
        return p.getProperty("version", "dev");
    }
}
