package io.awstrader.storage.candle;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.storage.ConcurrentUpdateException;
import io.awstrader.storage.Database;
import io.awstrader.storage.StorageException;
import io.awstrader.storage.item.SingleTable;
import io.awstrader.storage.item.Values;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Exchange candles shared by all accounts, in buckets of {@value #BUCKET_CANDLES} intervals: partition
 * {@code CANDLES#<exchange>#<pair>#<interval>}, sort key the bucket's start (15 digits, so text order is time
 * order). A bucket packs its candles as doubles (48 bytes each, under 50 KB) and records which spans of it were
 * fetched, so a time without trades is told apart from a time never asked for. Only closed candles belong here.
 */
public final class CandleCache {
    /** Candles per bucket: 1000 hours is about six weeks of 1h candles. */
    public static final int BUCKET_CANDLES = 1000;
    private static final String CANDLES = "candles";
    private static final String COVERED = "covered";
    private static final byte FORMAT = 1;

    private final SingleTable table;

    public CandleCache(Database database) {
        this.table = database.table();
    }

    /**
     * Stores candles fetched for {@code covered}: every candle must lie inside it on the interval's grid. Existing
     * candles at the same times are replaced; the covered spans merge with what the cache had.
     */
    /**
     * Fetches the closed part (before {@code closedUntil}) of each of {@code missing} with {@code fetch} and caches
     * it; true when something was cached. With {@code askAgainAtTheEdge} the span at the live edge counts as covered
     * only up to the newest candle fetched (an exchange may publish a closed candle a moment late: a tick must see
     * it at its next read); otherwise the whole closed span is recorded as fetched. An exception of {@code fetch}
     * goes to the caller; what was cached before it stays.
     */
    public boolean fillClosed(CandleKey key, List<TimeRange> missing, long closedUntil, boolean askAgainAtTheEdge,
            Function<TimeRange, List<Candle>> fetch) {
        long width = (long) key.interval().millis();
        boolean filled = false;
        for (TimeRange gap : missing) {
            long start = Math.floorDiv(gap.from() + width - 1, width) * width;
            long end = Math.min(gap.to(), closedUntil);
            if (end <= start) {
                continue;
            }
            List<Candle> candles = fetch.apply(new TimeRange(start, end));
            long covered = !askAgainAtTheEdge || end < closedUntil ? end
                    : candles.isEmpty() ? start : (long) candles.get(candles.size() - 1).time() + width;
            if (covered > start) {
                put(key, new TimeRange(start, covered), candles.stream().filter(c -> c.time() < covered).toList());
                filled = true;
            }
        }
        return filled;
    }

    public void put(CandleKey key, TimeRange covered, List<Candle> candles) {
        long width = (long) key.interval().millis();
        TreeMap<Long, Candle> byTime = new TreeMap<>();
        for (Candle candle : candles) {
            long time = (long) candle.time();
            String problem = candle.problem();
            if (problem != null) {
                throw new IllegalArgumentException("candle at " + time + ": " + problem);
            }
            if (!covered.contains(time) || time % width != 0) {
                throw new IllegalArgumentException("candle at " + time + " is outside " + covered + " or not on the "
                        + key.interval() + " grid");
            }
            byTime.put(time, candle);
        }
        long bucketWidth = width * BUCKET_CANDLES;
        for (long start = bucketStart(covered.from(), bucketWidth); start < covered.to(); start += bucketWidth) {
            long end = start + bucketWidth;
            TimeRange part = new TimeRange(Math.max(start, covered.from()), Math.min(end, covered.to()));
            putBucket(key, start, part, byTime.subMap(start, end));
        }
    }

    /** The cached candles in {@code range} and the parts of it the cache does not cover. */
    public CachedCandles get(CandleKey key, TimeRange range) {
        long bucketWidth = (long) key.interval().millis() * BUCKET_CANDLES;
        List<Map<String, AttributeValue>> items = table.queryBetween(key.partition(),
                sortKey(bucketStart(range.from(), bucketWidth)), sortKey(bucketStart(range.to() - 1, bucketWidth)));
        List<Candle> candles = new ArrayList<>();
        List<TimeRange> covered = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            for (Candle candle : unpack(Values.bytes(item, CANDLES))) {
                if (range.contains((long) candle.time())) {
                    candles.add(candle);
                }
            }
            covered.addAll(unpackRanges(Values.bytes(item, COVERED)));
        }
        return new CachedCandles(candles, missing(range, merge(covered)));
    }

    /** Every span of time the cache has been given candles for under {@code key}, sorted and merged. */
    public List<TimeRange> coverage(CandleKey key) {
        List<TimeRange> covered = new ArrayList<>();
        // every bucket's sort key starts with '0': 15 digits of epoch ms stay below 1e14 until the year 5138
        for (Map<String, AttributeValue> item : table.query(key.partition(), "0", List.of(COVERED))) {
            covered.addAll(unpackRanges(Values.bytes(item, COVERED)));
        }
        return merge(covered);
    }

    private void putBucket(CandleKey key, long start, TimeRange part, Map<Long, Candle> fresh) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Map<String, AttributeValue>> current = table.get(key.partition(), sortKey(start));
            TreeMap<Long, Candle> merged = new TreeMap<>();
            List<TimeRange> ranges = new ArrayList<>();
            long lock = 0;
            if (current.isPresent()) {
                for (Candle candle : unpack(Values.bytes(current.get(), CANDLES))) {
                    merged.put((long) candle.time(), candle);
                }
                ranges.addAll(unpackRanges(Values.bytes(current.get(), COVERED)));
                lock = Values.number(current.get(), SingleTable.LOCK_VERSION);
            }
            // the new fetch is the truth for its span: drop old candles there (e.g. a corrected candle)
            merged.subMap(part.from(), part.to()).clear();
            merged.putAll(fresh);
            ranges.add(part);
            Map<String, AttributeValue> item = SingleTable.item(key.partition(), sortKey(start));
            item.put(CANDLES, Values.b(pack(merged.values())));
            item.put(COVERED, Values.b(packRanges(merge(ranges))));
            item.put(SingleTable.LOCK_VERSION, Values.n(lock + 1));
            long expected = lock;
            try {
                if (current.isPresent()) {
                    table.client().putItem(b -> b.tableName(table.name()).item(item)
                            .conditionExpression("#lock = :expected")
                            .expressionAttributeNames(Map.of("#lock", SingleTable.LOCK_VERSION))
                            .expressionAttributeValues(Map.of(":expected", Values.n(expected))));
                    return;
                }
                if (table.putNew(item)) {
                    return;
                }
            } catch (ConditionalCheckFailedException raced) {
                // another writer stored this bucket meanwhile: merge with theirs
            }
        }
        throw new ConcurrentUpdateException("candle bucket " + sortKey(start) + " of " + key.partition()
                + " kept changing under concurrent writers");
    }

    static long bucketStart(long time, long bucketWidth) {
        return Math.floorDiv(time, bucketWidth) * bucketWidth;
    }

    private static String sortKey(long bucketStart) {
        String digits = Long.toString(bucketStart);
        return "0".repeat(Math.max(0, 15 - digits.length())) + digits;
    }

    static byte[] pack(Iterable<Candle> candles) {
        List<Candle> list = new ArrayList<>();
        candles.forEach(list::add);
        ByteBuffer out = ByteBuffer.allocate(5 + list.size() * 48);
        out.put(FORMAT).putInt(list.size());
        for (Candle c : list) {
            out.putDouble(c.time()).putDouble(c.open()).putDouble(c.high()).putDouble(c.low()).putDouble(c.close())
                    .putDouble(c.volume());
        }
        return out.array();
    }

    static List<Candle> unpack(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.get() != FORMAT) {
            throw new StorageException("cached candles have an unknown format");
        }
        int count = in.getInt();
        List<Candle> candles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            candles.add(new Candle(in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble(), in.getDouble(),
                    in.getDouble()));
        }
        return candles;
    }

    private static byte[] packRanges(List<TimeRange> ranges) {
        ByteBuffer out = ByteBuffer.allocate(ranges.size() * 16);
        for (TimeRange r : ranges) {
            out.putLong(r.from()).putLong(r.to());
        }
        return out.array();
    }

    private static List<TimeRange> unpackRanges(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<TimeRange> ranges = new ArrayList<>();
        while (in.remaining() >= 16) {
            ranges.add(new TimeRange(in.getLong(), in.getLong()));
        }
        return ranges;
    }

    /** Sorted, with touching or overlapping spans joined. */
    static List<TimeRange> merge(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Long.compare(a.from(), b.from()));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange r : sorted) {
            if (!merged.isEmpty() && r.from() <= merged.get(merged.size() - 1).to()) {
                TimeRange last = merged.remove(merged.size() - 1);
                merged.add(new TimeRange(last.from(), Math.max(last.to(), r.to())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** The parts of {@code range} outside the sorted, disjoint {@code covered} spans. */
    static List<TimeRange> missing(TimeRange range, List<TimeRange> covered) {
        List<TimeRange> missing = new ArrayList<>();
        long cursor = range.from();
        for (TimeRange c : covered) {
            if (c.to() <= cursor) {
                continue;
            }
            if (c.from() >= range.to()) {
                break;
            }
            if (c.from() > cursor) {
                missing.add(new TimeRange(cursor, c.from()));
            }
            cursor = Math.max(cursor, c.to());
        }
        if (cursor < range.to()) {
            missing.add(new TimeRange(cursor, range.to()));
        }
        return missing;
    }
}
