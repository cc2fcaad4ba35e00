package example;

import java.util.Map;

/** A stand-in handler: the example app is synthesized, never deployed. */
public final class Handler {
    public Map<String, Object> handleRequest(Map<String, Object> event) {
        return Map.of("ok", true, "keys", event.keySet());
    }
}
