package io.awstrader.server.api;

import io.javalin.http.HandlerType;
import io.javalin.router.EndpointMetadata;
import java.util.List;

/**
 * What a route is, apart from its code: method, path, whether it needs a session, its query parameters, its body
 * type and limit, what it answers. Attached to the Javalin endpoint, so the routes Javalin really serves carry it
 * (the OpenAPI description and the tests read it from there).
 *
 * @param body       the request body's type, null when the route takes none
 * @param response   the success answer's type ({@code Object} for free-form JSON), null for 204
 * @param conflicts  the 409 situations, for the description
 */
public record RouteSpec(HandlerType method, String path, boolean signedIn, String summary,
        List<QueryParameter> query, Class<?> body, long bodyLimit, int status, Class<?> response, boolean list,
        List<String> conflicts) implements EndpointMetadata {

    public RouteSpec {
        query = List.copyOf(query);
        conflicts = List.copyOf(conflicts);
    }

    /** The names of the path's {@code {parameters}}. */
    public List<String> pathParameters() {
        return java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path).results().map(m -> m.group(1)).toList();
    }

    public List<String> queryNames() {
        return query.stream().map(QueryParameter::name).toList();
    }

    /** {@code GET /api/bots}. */
    public String label() {
        return method + " " + path;
    }
}
