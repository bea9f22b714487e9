package io.awstrader.server.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.awstrader.server.api.ApiRoute;
import io.awstrader.server.api.RouteSpec;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/** {@code GET /api/openapi.json}: the description of the routes the server serves, built once on first request. */
public final class OpenApiApi {
    private final Supplier<List<RouteSpec>> routes;
    private final String version;
    private volatile String document;

    /** {@code routes} is read from the running router on first use, so it holds every route registered. */
    public OpenApiApi(Supplier<List<RouteSpec>> routes, String version) {
        this.routes = routes;
        this.version = version;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/openapi.json", "This description (OpenAPI 3.1)", this::openApi)
                .returns(200, Object.class));
    }

    void openApi(Context ctx, String accountId) {
        if (document == null) {
            ObjectNode doc = OpenApiDocument.build(routes.get(), version);
            document = doc.toPrettyString();
        }
        ctx.contentType("application/json").result(document);
    }
}
