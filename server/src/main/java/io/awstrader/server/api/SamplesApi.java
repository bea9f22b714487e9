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
        return new SampleView(bot.name(), bot.name(), description(bot.name(), bot.source()), bot.source());
    }

    /**
     * The first paragraph of the source's leading {@code //} comment, without the {@code name:} prefix the samples
     * start with: {@code // sma-cross: SMA(14) / SMA(50) crossover} gives {@code SMA(14) / SMA(50) crossover}.
     * Empty when the source starts with no comment.
     */
    static String description(String name, String source) {
        StringBuilder text = new StringBuilder();
        for (String line : source.strip().split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("//")) {
                break;
            }
            String words = trimmed.substring(2).strip();
            if (words.isEmpty()) {
                if (!text.isEmpty()) {
                    break;
                }
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(words);
        }
        String description = text.toString();
        if (description.startsWith(name + ":")) {
            description = description.substring(name.length() + 1).strip();
        }
        if (description.length() > 300) {
            description = description.substring(0, 299) + "…";
        }
        return description;
    }
}
