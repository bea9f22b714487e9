package io.awstrader.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.lambda.schedule.TickFunctionFanOut;
import io.awstrader.storage.deployment.DeploymentRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * AWS Lambda entry point of a schedule: input {@code {"interval": "1h", "at": epochMs (optional)}}. Finds the active
 * deployments of the interval through the storage's sparse index and hands one tick request per deployment to the
 * fan-out (in AWS an asynchronous invocation of {@link TickHandler} each; locally a thread pool). Every interval has
 * its own schedule, aligned to candle closes.
 */
public final class ScheduleHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final DeploymentRuntime runtime;
    private final Consumer<Map<String, Object>> fanOut;

    /**
     * As AWS Lambda builds it: one asynchronous invocation of the tick function per deployment (the function named by
     * {@value TickFunctionFanOut#FUNCTION_ENV}, which the AWS template sets); without that variable the ticks run one
     * after another in this invocation.
     */
    public ScheduleHandler() {
        this(Containers.runtime(), System.getenv().containsKey(TickFunctionFanOut.FUNCTION_ENV)
                ? TickFunctionFanOut.fromEnvironment(System.getenv())
                : request -> new TickHandler(Containers.runtime()).handleRequest(request, null));
    }

    /** Hands each tick request to {@code fanOut} (which must not run it on the caller's thread for long). */
    public ScheduleHandler(DeploymentRuntime runtime, Consumer<Map<String, Object>> fanOut) {
        this.runtime = runtime;
        this.fanOut = fanOut;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        Object code = input == null ? null : input.get("interval");
        if (!(code instanceof String s)) {
            throw new IllegalArgumentException("schedule input needs \"interval\", one of " + RunInterval.codes());
        }
        RunInterval interval = RunInterval.parse(s);
        double at = input.get("at") instanceof Number n ? n.doubleValue() : runtime.clock().millis();
        List<DeploymentRef> refs = runtime.storage().deployments().active(interval);
        List<String> ids = new ArrayList<>();
        for (DeploymentRef ref : refs) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("accountId", ref.accountId());
            request.put("deploymentId", ref.deploymentId());
            request.put("at", at);
            try {
                fanOut.accept(request);
                ids.add(ref.deploymentId());
            } catch (RuntimeException e) {
                // one deployment's failure (deleted meanwhile, storage hiccup) must not hold up the others
                if (context != null && context.getLogger() != null) {
                    context.getLogger().log("tick of " + ref.deploymentId() + " not started: " + e.getMessage());
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interval", interval.code());
        out.put("ticks", ids.size());
        out.put("deployments", ids);
        return out;
    }
}
