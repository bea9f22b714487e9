package io.awstrader.server.api;

import io.awstrader.server.api.Views.HealthView;
import io.javalin.http.Context;
import java.util.List;

/** {@code GET /api/health}: open, for probes and the launcher. */
public final class HealthApi {
    private final String version;

    public HealthApi(String version) {
        this.version = version;
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/health", "Whether the server is up", this::health).open()
                .returns(200, HealthView.class));
    }

    void health(Context ctx, String accountId) {
        ctx.json(new HealthView("ok", version));
    }
}
