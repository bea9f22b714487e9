package io.awstrader.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/** An answer the test client got. */
record Response(String request, int status, HttpHeaders headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(request + " answered no JSON: " + body, e);
        }
    }

    /** The error code of an error answer. */
    String code() {
        return json().path("error").path("code").asText(null);
    }

    /** The field of an error answer. */
    String message() {
        return json().path("error").path("message").asText(null);
    }

    String field() {
        JsonNode field = json().path("error").path("field");
        return field.isNull() ? null : field.asText();
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
}
