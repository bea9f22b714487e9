package io.awstrader.server.api;

import io.awstrader.server.validation.JsonBodies;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/** A route being declared: its {@link RouteSpec} (built fluently) and its handler. Routes need a session by default. */
public final class ApiRoute {
    private final HandlerType method;
    private final String path;
    private final String summary;
    private final ApiHandler handler;
    private boolean signedIn = true;
    private final List<QueryParameter> query = new ArrayList<>();
    private Class<?> body;
    private long bodyLimit = JsonBodies.DEFAULT_LIMIT;
    private int status = 200;
    private Class<?> response;
    private boolean list;
    private final List<String> conflicts = new ArrayList<>();

    private ApiRoute(HandlerType method, String path, String summary, ApiHandler handler) {
        this.method = method;
        this.path = path;
        this.summary = summary;
        this.handler = handler;
    }

    public static ApiRoute get(String path, String summary, ApiHandler handler) {
        return new ApiRoute(HandlerType.GET, path, summary, handler);
    }

    public static ApiRoute post(String path, String summary, ApiHandler handler) {
        return new ApiRoute(HandlerType.POST, path, summary, handler);
    }

    public static ApiRoute patch(String path, String summary, ApiHandler handler) {
        return new ApiRoute(HandlerType.PATCH, path, summary, handler);
    }

    public static ApiRoute delete(String path, String summary, ApiHandler handler) {
        return new ApiRoute(HandlerType.DELETE, path, summary, handler).noContent();
    }

    /** Open without a session (only sign-up, login and health). */
    public ApiRoute open() {
        signedIn = false;
        return this;
    }

    public ApiRoute query(String name, boolean required, String type, String description) {
        query.add(new QueryParameter(name, required, type, description));
        return this;
    }

    public ApiRoute body(Class<?> type) {
        body = type;
        return this;
    }

    public ApiRoute bodyLimit(long bytes) {
        bodyLimit = bytes;
        return this;
    }

    public ApiRoute returns(int httpStatus, Class<?> type) {
        status = httpStatus;
        response = type;
        return this;
    }

    public ApiRoute returnsList(Class<?> type) {
        response = type;
        list = true;
        return this;
    }

    public ApiRoute noContent() {
        status = 204;
        response = null;
        return this;
    }

    public ApiRoute conflict(String when) {
        conflicts.add(when);
        return this;
    }

    public ApiHandler handler() {
        return handler;
    }

    public RouteSpec spec() {
        return new RouteSpec(method, path, signedIn, summary, query, body, bodyLimit, status, response, list, conflicts);
    }
}
