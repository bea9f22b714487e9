package io.awstrader.storage.item;

import io.awstrader.storage.StorageException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Payloads larger than DynamoDB's 400 KB item limit (backtest results, deployment logs and histories), stored as
 * binary parts of at most {@value #PART_BYTES} bytes under {@code PART#<owner>#<generation>#<n>} in the owner's
 * partition, gzipped when that makes them smaller. Writers put the parts first and then point the owning item at
 * them, so a reader that follows the owner always finds a complete set.
 */
public final class ChunkedItems {
    /** Bytes per part: under 400 KB with room for the keys and attribute names. */
    public static final int PART_BYTES = 350 * 1024;
    private static final String DATA = "data";

    private final SingleTable table;

    public ChunkedItems(SingleTable table) {
        this.table = table;
    }

    /** Writes the payload as a new generation of parts of {@code owner}; store the returned ref on the owner. */
    public PayloadRef write(String partition, String owner, byte[] payload) {
        byte[] zipped = gzip(payload);
        boolean gzipped = zipped.length < payload.length;
        byte[] stored = gzipped ? zipped : payload;
        String generation = Ids.newId();
        int parts = Math.max(1, (stored.length + PART_BYTES - 1) / PART_BYTES);
        List<Map<String, AttributeValue>> items = new ArrayList<>(parts);
        for (int n = 0; n < parts; n++) {
            int from = n * PART_BYTES;
            Map<String, AttributeValue> item = SingleTable.item(partition, partKey(owner, generation, n));
            item.put(DATA, Values.b(Arrays.copyOfRange(stored, from, Math.min(stored.length, from + PART_BYTES))));
            items.add(item);
        }
        table.putAll(items);
        return new PayloadRef(generation, parts, payload.length, gzipped);
    }

    /** The whole payload the ref points at. */
    public byte[] read(String partition, String owner, PayloadRef ref) {
        List<Map<String, AttributeValue>> parts = table.query(partition, generationPrefix(owner, ref.generation()));
        if (parts.size() != ref.parts()) {
            throw new StorageException("payload of " + owner + " has " + parts.size() + " of its " + ref.parts()
                    + " parts; it was replaced or deleted while being read");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, ref.size()));
        // sort keys carry zero-padded part numbers, so query order is part order
        for (Map<String, AttributeValue> part : parts) {
            out.writeBytes(Values.bytes(part, DATA));
        }
        byte[] stored = out.toByteArray();
        byte[] payload = ref.gzipped() ? gunzip(stored) : stored;
        if (payload.length != ref.size()) {
            throw new StorageException("payload of " + owner + " is " + payload.length + " bytes, expected " + ref.size());
        }
        return payload;
    }

    /** Deletes the parts of one generation (e.g. the one a newer write replaced). */
    public void delete(String partition, String owner, PayloadRef ref) {
        if (ref != null) {
            // the ref says which parts there are: no query needed to find them
            List<Map<String, AttributeValue>> keys = new ArrayList<>(ref.parts());
            for (int n = 0; n < ref.parts(); n++) {
                keys.add(SingleTable.key(partition, partKey(owner, ref.generation(), n)));
            }
            table.deleteAll(keys);
        }
    }

    /** Deletes every part of every generation of {@code owner}. */
    public void deleteAll(String partition, String owner) {
        table.deleteAll(table.query(partition, Keys.partPrefix(owner), List.of()));
    }

    /** Keys of all parts of every owner whose resource id starts with {@code ownerPrefix}. */
    public List<Map<String, AttributeValue>> partKeysUnder(String partition, String ownerPrefix) {
        return table.query(partition, Keys.PART + ownerPrefix, List.of());
    }

    private static String generationPrefix(String owner, String generation) {
        return Keys.partPrefix(owner) + generation + "#";
    }

    private static String partKey(String owner, String generation, int n) {
        return generationPrefix(owner, generation) + String.format("%05d", n);
    }

    private static byte[] gzip(byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 64 * 1024)) {
            zip.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] stored) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored), 64 * 1024)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StorageException("stored payload is not valid gzip: " + e.getMessage(), e);
        }
    }
}
