package io.awstrader.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.server.api.RouteSpec;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/openapi.json} describes exactly the routes Javalin serves, with the bodies they really read. */
class OpenApiTest {
    private static TestServer server;
    private static JsonNode doc;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        Client c = server.client();
        assertEquals(401, c.get("/api/openapi.json").status(), "the description needs a session too");
        Response r = server.newUser().get("/api/openapi.json");
        assertEquals(200, r.status(), r.toString());
        doc = r.json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDocsPageRedirectsToSwaggerUi() {
        Response page = server.client().get("/api/docs");
        assertEquals(302, page.status(), page.toString());
        assertEquals("/api-docs/index.html", page.headers().firstValue("location").orElseThrow());
    }

    @Test
    void pathsAndMethodsAreTheRoutesJavalinServes() {
        Set<String> served = new TreeSet<>();
        for (String endpoint : server.server().endpoints()) {
            String[] parts = endpoint.split(" ", 2);
            // /api/docs is the page that renders this document (a redirect to the web client's Swagger UI), no API
            if (parts[1].startsWith("/api/") && !parts[1].equals("/api/docs")
                    && Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(parts[0])) {
                served.add(parts[0] + " " + parts[1]);
            }
        }
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(served, documented);
        assertEquals(served.size(), server.server().routes().size(), "every served API route carries its spec");
        assertEquals("3.1.0", doc.get("openapi").asText());
    }

    @Test
    void bodiesParametersAndSecurityMatchTheRoutes() {
        for (RouteSpec route : server.server().routes()) {
            JsonNode op = doc.get("paths").get(route.path()).get(route.method().name().toLowerCase(Locale.ROOT));
            List<String> pathParams = new ArrayList<>();
            List<String> queryParams = new ArrayList<>();
            op.path("parameters").forEach(p -> (p.get("in").asText().equals("path") ? pathParams : queryParams)
                    .add(p.get("name").asText()));
            assertEquals(route.pathParameters(), pathParams, route.label());
            assertEquals(route.queryNames(), queryParams, route.label());
            assertEquals(route.signedIn(), op.get("security").size() == 1, route.label());
            assertTrue(op.get("responses").has(Integer.toString(route.status())), route.label());
            if (route.body() == null) {
                assertFalse(op.has("requestBody"), route.label());
                continue;
            }
            JsonNode schema = resolve(op.get("requestBody").get("content").get("application/json").get("schema"));
            Set<String> properties = new HashSet<>();
            schema.get("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> components = new HashSet<>(Arrays.stream(route.body().getRecordComponents())
                    .map(RecordComponent::getName).toList());
            assertEquals(components, properties, route.label());
            assertFalse(schema.get("additionalProperties").asBoolean(), route.label());
            assertTrue(op.get("responses").has("413") && op.get("responses").has("415"), route.label());
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collect(doc, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertFalse(resolve(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("$ref", ref)).isMissingNode(), ref);
        }
        JsonNode error = doc.get("components").get("schemas").get("Detail");
        assertEquals(Set.of("code", "message", "field"), names(error.get("properties")));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collect(child, refs));
    }

    private static JsonNode resolve(JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        JsonNode target = doc;
        for (String part : schema.get("$ref").asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
