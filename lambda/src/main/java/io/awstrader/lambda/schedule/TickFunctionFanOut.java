package io.awstrader.lambda.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The schedule's fan-out in AWS: one asynchronous invocation ({@code Event}) of the tick function per deployment, so
 * that each tick has its own container, timeout and retries, and a slow or failing bot never delays the others. The
 * tick function's exactly-once guard (deployment version + tick key) makes Lambda's own retries of an event safe.
 */
public final class TickFunctionFanOut implements Consumer<Map<String, Object>> {
    /** The environment variable that names the tick function (the AWS template sets it). */
    public static final String FUNCTION_ENV = "AWSTRADER_TICK_FUNCTION";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaClient lambda;
    private final String function;

    public TickFunctionFanOut(LambdaClient lambda, String function) {
        this.lambda = lambda;
        this.function = function;
    }

    /** The fan-out to the function named by {@value #FUNCTION_ENV}, in the container's region and role. */
    public static TickFunctionFanOut fromEnvironment(Map<String, String> env) {
        String function = env.get(FUNCTION_ENV);
        if (function == null || function.isBlank()) {
            throw new IllegalStateException(FUNCTION_ENV + " is not set: the schedule cannot invoke the tick function");
        }
        return new TickFunctionFanOut(LambdaClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                function.trim());
    }

    /** Queues one tick: Lambda answers 202 once the event is stored, before the tick runs. */
    @Override
    public void accept(Map<String, Object> tickRequest) {
        String payload;
        try {
            payload = JSON.writeValueAsString(tickRequest);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("tick request is not JSON: " + e.getOriginalMessage(), e);
        }
        InvokeResponse response = lambda.invoke(b -> b.functionName(function).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(payload)));
        if (response.statusCode() != 202) {
            throw new IllegalStateException("the tick function did not queue the tick (HTTP " + response.statusCode()
                    + ")");
        }
    }
}
