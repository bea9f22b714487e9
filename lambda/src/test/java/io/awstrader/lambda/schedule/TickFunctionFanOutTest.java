package io.awstrader.lambda.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The schedule's fan-out against a local stand-in for the Lambda API over real HTTP (the SDK's own client, signing
 * and serialisation): one asynchronous invocation per tick request, of the named function, with the request as its
 * payload; a refused invocation is an error the schedule reports for that deployment only.
 */
class TickFunctionFanOutTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An invocation as the Lambda API received it. */
    record Invocation(String path, String type, String authorization, String body) {
    }

    private HttpServer server;
    private final List<Invocation> invocations = new CopyOnWriteArrayList<>();
    private volatile int status = 202;
    private LambdaClient lambda;

    @BeforeEach
    void startLambdaApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            invocations.add(new Invocation(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            byte[] answer = status == 202 ? new byte[0]
                    : "{\"Type\":\"Service\",\"message\":\"Rate exceeded\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (status != 202) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", "TooManyRequestsException");
            }
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        lambda = LambdaClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.EU_WEST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1))).build();
    }

    @AfterEach
    void stop() {
        lambda.close();
        server.stop(0);
    }

    @Test
    void eachTickIsOneEventInvocationOfTheTickFunctionWithTheRequestAsPayload() throws Exception {
        TickFunctionFanOut fanOut = new TickFunctionFanOut(lambda, "awstrader-TickFunction-1");
        fanOut.accept(Map.of("accountId", "a1", "deploymentId", "d1", "at", 1.7e12));
        fanOut.accept(Map.of("accountId", "a2", "deploymentId", "d2", "at", 1.7e12));

        assertEquals(2, invocations.size());
        for (int i = 0; i < 2; i++) {
            Invocation invocation = invocations.get(i);
            assertEquals("/2015-03-31/functions/awstrader-TickFunction-1/invocations", invocation.path());
            assertEquals("Event", invocation.type(), "asynchronous: the schedule does not wait for the tick");
            assertTrue(invocation.authorization().startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/"),
                    "signed by the SDK: " + invocation.authorization());
            JsonNode payload = JSON.readTree(invocation.body());
            assertEquals("d" + (i + 1), payload.get("deploymentId").asText());
            assertEquals("a" + (i + 1), payload.get("accountId").asText());
            assertEquals(1.7e12, payload.get("at").asDouble());
        }
    }

    @Test
    void aRefusedInvocationIsAnErrorOfThatTickOnly() {
        status = 429;
        TickFunctionFanOut fanOut = new TickFunctionFanOut(lambda, "ticks");
        RuntimeException error = assertThrows(RuntimeException.class,
                () -> fanOut.accept(Map.of("accountId", "a1", "deploymentId", "d1", "at", 1.0)));
        assertTrue(error.getMessage().contains("Rate exceeded"), error.getMessage());
        status = 202;
        fanOut.accept(Map.of("accountId", "a1", "deploymentId", "d2", "at", 1.0));
        assertEquals(2, invocations.size());
    }

    @Test
    void withoutTheFunctionsNameTheScheduleSaysWhatIsMissing() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> TickFunctionFanOut.fromEnvironment(Map.of()));
        assertTrue(error.getMessage().contains(TickFunctionFanOut.FUNCTION_ENV), error.getMessage());
    }
}
