package io.awstrader.server.api;

import io.awstrader.server.demo.SampleBot;
import io.awstrader.server.demo.SampleBots;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/** {@code GET /api/samples}: the bundled sample bots, to start a new bot from (POST /api/bots with their source). */
public final class SamplesApi {
    private final Supplier<List<SampleBot>> samples;
    /** The samples are read once: they are part of the installed server. */
    private volatile List<SampleView> views;

    public SamplesApi(Supplier<List<SampleBot>> samples) {
        this.samples = samples;
    }

    /** A sample bot: its id and name (the file name), a one-line description (from its header comment), its source. */
    public record SampleView(String id, String name, String description, String source) {
    }

    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/api/samples", "The sample bots a new bot can start from", this::list)
                .returnsList(SampleView.class));
    }

    void list(Context ctx, String accountId) {
        List<SampleView> list = views;
        if (list == null) {
            list = samples.get().stream().map(SamplesApi::view).toList();
            views = list;
        }
        ctx.json(list);
    }

    static SampleView view(SampleBot bot) {
        return new SampleView(bot.name(), bot.name(), bot.description(), bot.source());
    }

}
