package io.awstrader.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.awstrader.lambda.tick.TickOutcome;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AWS Lambda entry point of one tick of one deployment. Input: {@code {"accountId": "...", "deploymentId": "...",
 * "at": epochMs (optional: the scheduled time; default now), "evenIfStopped": false}}. Output: the
 * {@link TickOutcome} as a map. The same class runs in-process under the local server and in replays.
 */
public final class TickHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final DeploymentRuntime runtime;

    /** As AWS Lambda builds it: the runtime from the environment, once per container. */
    public TickHandler() {
        this(Containers.runtime());
    }

    public TickHandler(DeploymentRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        TickOutcome outcome = tick(text(input, "accountId"), text(input, "deploymentId"),
                input.get("at") instanceof Number at ? at.doubleValue() : runtime.clock().millis(),
                Boolean.TRUE.equals(input.get("evenIfStopped")));
        if (context != null && context.getLogger() != null) {
            context.getLogger().log("tick " + input.get("deploymentId") + ": " + outcome);
        }
        return describe(outcome);
    }

    /** Runs one tick at {@code wallTime} (epoch ms). */
    public TickOutcome tick(String accountId, String deploymentId, double wallTime, boolean evenIfStopped) {
        return runtime.tick().run(accountId, deploymentId, wallTime, evenIfStopped);
    }

    static Map<String, Object> describe(TickOutcome outcome) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("result", outcome.result().name().toLowerCase(java.util.Locale.ROOT));
        out.put("tickKey", outcome.tickKey());
        out.put("skipped", outcome.skipped());
        out.put("ordersPlaced", outcome.ordersPlaced());
        out.put("botError", outcome.botError());
        out.put("paused", outcome.paused());
        out.put("conflicts", outcome.conflicts());
        out.put("message", outcome.message());
        return out;
    }

    private static String text(Map<String, Object> input, String key) {
        Object value = input == null ? null : input.get(key);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("tick input needs \"" + key + "\"");
        }
        return s;
    }
}
