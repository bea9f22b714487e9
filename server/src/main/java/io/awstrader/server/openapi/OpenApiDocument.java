package io.awstrader.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.awstrader.server.api.QueryParameter;
import io.awstrader.server.api.RouteSpec;
import io.awstrader.server.auth.SessionCookie;
import io.awstrader.server.validation.ErrorBody;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The OpenAPI 3.1 description of the routes the server really serves, built from their {@link RouteSpec}s. */
public final class OpenApiDocument {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenApiDocument() {
    }

    public static ObjectNode build(List<RouteSpec> routes, String version) {
        JsonSchemas schemas = new JsonSchemas();
        ObjectNode doc = JSON.objectNode().put("openapi", "3.1.0");
        doc.putObject("info").put("title", "AWS Trader API").put("version", version)
                .put("description", "Every route except sign-up, login and health needs the session cookie that "
                        + "login sets. Requests that change data must send an Origin header of this server. Errors "
                        + "are {\"error\": {\"code\", \"message\", \"field\"}}.");
        ObjectNode paths = doc.putObject("paths");
        List<RouteSpec> sorted = routes.stream()
                .sorted(Comparator.comparing(RouteSpec::path).thenComparing(r -> r.method().name())).toList();
        for (RouteSpec route : sorted) {
            ObjectNode item = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            item.set(route.method().name().toLowerCase(Locale.ROOT), operation(route, schemas));
        }
        ObjectNode components = doc.putObject("components");
        JsonNode error = schemas.of(ErrorBody.class);
        ObjectNode errorResponse = JSON.objectNode().put("description", "the request was refused");
        errorResponse.putObject("content").putObject("application/json").set("schema", error);
        components.putObject("responses").set("Error", errorResponse);
        components.putObject("securitySchemes").putObject("session").put("type", "apiKey").put("in", "cookie")
                .put("name", SessionCookie.NAME);
        ObjectNode schemaNodes = components.putObject("schemas");
        schemas.components().forEach(schemaNodes::set);
        return doc;
    }

    private static ObjectNode operation(RouteSpec route, JsonSchemas schemas) {
        ObjectNode op = JSON.objectNode();
        op.put("summary", route.summary());
        op.put("operationId", operationId(route));
        ArrayNode parameters = JSON.arrayNode();
        for (String name : route.pathParameters()) {
            parameters.addObject().put("name", name).put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
        }
        for (QueryParameter q : route.query()) {
            ObjectNode p = parameters.addObject().put("name", q.name()).put("in", "query").put("required", q.required())
                    .put("description", q.description());
            p.putObject("schema").put("type", q.type());
        }
        if (!parameters.isEmpty()) {
            op.set("parameters", parameters);
        }
        if (route.body() != null) {
            ObjectNode body = op.putObject("requestBody").put("required", true)
                    .put("description", "application/json, at most " + route.bodyLimit() + " bytes");
            body.putObject("content").putObject("application/json").set("schema", schemas.of(route.body()));
        }
        ArrayNode security = op.putArray("security");
        if (route.signedIn()) {
            security.addObject().putArray("session");
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode success = responses.putObject(Integer.toString(route.status()))
                .put("description", route.status() == 204 ? "done, no content" : "success");
        if (route.response() != null) {
            JsonNode schema = schemas.of(route.response());
            if (route.list()) {
                schema = JSON.objectNode().put("type", "array").set("items", schema);
            }
            success.putObject("content").putObject("application/json").set("schema", schema);
        }
        boolean hasInput = route.body() != null || !route.query().isEmpty() || !route.pathParameters().isEmpty();
        if (hasInput) {
            error(responses, 400, "invalid input: unknown field, wrong type, bad id, malformed JSON");
        }
        if (route.signedIn()) {
            error(responses, 401, "no live session");
        }
        if (route.method().name().equals("POST") || route.method().name().equals("PATCH")
                || route.method().name().equals("DELETE")) {
            error(responses, 403, "missing or foreign Origin (cross-site request refused)");
        }
        if (!route.pathParameters().isEmpty()) {
            error(responses, 404, "no such resource in your account");
        }
        if (!route.conflicts().isEmpty()) {
            error(responses, 409, String.join("; ", route.conflicts()));
        }
        if (route.body() != null) {
            error(responses, 413, "body larger than " + route.bodyLimit() + " bytes");
            error(responses, 415, "body is not application/json");
        }
        if (!route.signedIn() && route.body() != null) {
            error(responses, 429, "too many sign-in attempts; see Retry-After");
        }
        return op;
    }

    private static void error(ObjectNode responses, int status, String description) {
        responses.putObject(Integer.toString(status)).put("description", description)
                .put("$ref", "#/components/responses/Error");
    }

    private static String operationId(RouteSpec route) {
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String part : route.path().split("/")) {
            if (part.isEmpty() || part.equals("api")) {
                continue;
            }
            String word = part.replaceAll("[{}.]", "");
            if (part.startsWith("{")) {
                id.append("By");
            }
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.toString();
    }
}
