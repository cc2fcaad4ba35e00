package dev.lambdalint.rules.model;

/** The kind of API Gateway API in front of a function: each has its own integration timeout default and limit. */
public enum ApiProtocol {
    REST("REST API"),
    HTTP("HTTP API"),
    WEBSOCKET("WebSocket API");

    private final String label;

    ApiProtocol(String label) {
        this.label = label;
    }

    /** How a person names it: {@code REST API}. */
    public String label() {
        return label;
    }
}
