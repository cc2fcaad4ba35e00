package dev.lambdalint.linter.config;

/** The config file is unreadable or invalid; the message names the file, the key and what was expected. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
