package io.awstrader.storage.item;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a chunked payload is: its generation (a fresh id per write, so a new write never mixes with an old one),
 * how many parts, its size as given, and whether the parts hold it gzipped. The owning item stores these.
 */
public record PayloadRef(String generation, int parts, long size, boolean gzipped) {
    static final String GENERATION = "payloadGeneration";
    static final String PARTS = "payloadParts";
    static final String SIZE = "payloadSize";
    static final String GZIPPED = "payloadGzipped";

    /** The attributes to store on the owning item. */
    public Map<String, AttributeValue> attributes() {
        return Map.of(GENERATION, Values.s(generation), PARTS, Values.n(parts), SIZE, Values.n(size),
                GZIPPED, Values.bool(gzipped));
    }

    /** The reference stored on an owning item, or null if it has none. */
    public static PayloadRef from(Map<String, AttributeValue> item) {
        String generation = Values.stringOrNull(item, GENERATION);
        if (generation == null) {
            return null;
        }
        return new PayloadRef(generation, (int) Values.number(item, PARTS), Values.number(item, SIZE),
                Values.bool(item, GZIPPED));
    }
}
