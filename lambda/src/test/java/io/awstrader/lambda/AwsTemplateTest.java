package io.awstrader.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.lambda.schedule.TickFunctionFanOut;
import io.awstrader.storage.TableDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;

/** The AWS template says what the code does: its handlers exist, its table is storage's, every interval is scheduled. */
class AwsTemplateTest {
    private static String template;

    @BeforeAll
    static void read() throws Exception {
        template = Files.readString(Path.of("template.yaml"));
    }

    private static List<String> all(String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(template);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyHandlerIsARequestHandlerClassOfThisModule() throws Exception {
        List<String> handlers = all("Handler: (\\S+)");
        assertEquals(List.of("io.awstrader.lambda.TickHandler::handleRequest",
                "io.awstrader.lambda.ScheduleHandler::handleRequest"), handlers);
        for (String handler : handlers) {
            Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertTrue(RequestHandler.class.isAssignableFrom(type), handler);
            type.getMethod("handleRequest", Map.class, Context.class);
            type.getConstructor(); // what Lambda calls
        }
    }

    @Test
    void theTableHasTheKeysAndIndexThatStorageCreates() {
        CreateTableRequest expected = TableDefinition.createRequest("any");
        List<String> attributes = all("AttributeName: (\\w+), AttributeType: S");
        assertEquals(expected.attributeDefinitions().stream().map(a -> a.attributeName()).toList(), attributes);
        List<String> keys = all("AttributeName: (\\w+, KeyType: \\w+)");
        List<String> expectedKeys = new ArrayList<>();
        expected.keySchema().forEach(k -> expectedKeys.add(k.attributeName() + ", KeyType: " + k.keyTypeAsString()));
        GlobalSecondaryIndex index = expected.globalSecondaryIndexes().get(0);
        index.keySchema().forEach(k -> expectedKeys.add(k.attributeName() + ", KeyType: " + k.keyTypeAsString()));
        assertEquals(expectedKeys, keys);
        assertEquals(List.of(index.indexName()), all("IndexName: (\\w+)"));
        assertEquals(List.of(index.projection().projectionTypeAsString()), all("ProjectionType: (\\w+)"));
        assertEquals(List.of(expected.billingModeAsString()), all("BillingMode: (\\w+)"));
        assertTrue(template.contains("TimeToLiveSpecification: {AttributeName: " + TableDefinition.TTL_ATTRIBUTE),
                "TTL on " + TableDefinition.TTL_ATTRIBUTE);
    }

    @Test
    void everyRunIntervalHasAScheduleAtItsCandleCloses() {
        Matcher m = Pattern.compile("Schedule: 'cron\\(([^)]*)\\)', Input: '\\{\"interval\":\"(\\w+)\"\\}'")
                .matcher(template);
        List<String> scheduled = new ArrayList<>();
        while (m.find()) {
            String[] cron = m.group(1).split(" ");
            RunInterval interval = RunInterval.parse(m.group(2));
            scheduled.add(interval.code());
            int minutes = interval.minutes();
            if (minutes < 60) {
                assertEquals("0/" + minutes, cron[0], interval + ": every " + minutes + " minutes from :00");
                assertEquals("*", cron[1]);
            } else {
                assertEquals("0", cron[0], interval + ": on the hour");
                assertEquals(minutes == 60 ? "*" : minutes < 1440 ? "0/" + minutes / 60 : "0", cron[1], interval.code());
            }
        }
        assertEquals(java.util.Arrays.stream(RunInterval.values()).map(RunInterval::code).toList(), scheduled);
    }

    @Test
    void theScheduleInvokesTheTickFunctionOncePerDeployment() {
        // the variable the code reads names the tick function, which the schedule may invoke and nothing else
        assertTrue(template.contains(TickFunctionFanOut.FUNCTION_ENV + ": !Ref TickFunction"), "the schedule's "
                + TickFunctionFanOut.FUNCTION_ENV);
        assertEquals(List.of("TickFunction"), all("LambdaInvokePolicy: \\{FunctionName: !Ref (\\w+)\\}"));
        assertEquals(2, all("Action: \\['(dynamodb:DescribeTimeToLive)'\\]").size(),
                "both functions may read the TTL setting that storage checks at start");
    }
}
