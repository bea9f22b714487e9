package io.awstrader.server.api;

/** A query parameter a route takes, as the OpenAPI description shows it. */
public record QueryParameter(String name, boolean required, String type, String description) {
}
