package io.awstrader.storage;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import io.awstrader.engine.market.TimeRange;
import io.awstrader.storage.candle.CandleKey;
import io.awstrader.storage.crypto.MasterKey;
import io.awstrader.storage.item.ChunkedItems;
import io.awstrader.storage.item.PayloadRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Not a test: prints the storage figures quoted in reports (start time, 5 MB chunked write/read, 31k candles).
 * Run from the storage folder: {@code java -cp target/classes:target/test-classes:<deps> io.awstrader.storage.StorageFigures [dataDir]}.
 */
public final class StorageFigures {
    public static void main(String[] args) throws Exception {
        Path dataDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("awstrader-figures");
        long t = System.nanoTime();
        Database first = Database.open(StorageSettings.localFile(dataDir));
        print("DynamoDB Local first start in this JVM, file-backed, table created", t);
        first.close();
        t = System.nanoTime();
        Database db = Database.open(StorageSettings.localFile(dataDir));
        print("second start on the same folder (table exists)", t);

        ChunkedItems chunks = new ChunkedItems(db.table());
        byte[] random = new byte[5 * 1024 * 1024];
        new Random(1).nextBytes(random);
        StringBuilder json = new StringBuilder();
        for (int i = 0; json.length() < 5 * 1024 * 1024; i++) {
            json.append("{\"time\":").append(1_600_000_000_000L + i * 3_600_000L).append(",\"equity\":")
                    .append(10_000 + (i * 7919 % 1000) / 10.0).append("},");
        }
        byte[] jsonBytes = json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int round = 0; round < 3; round++) {
            for (byte[] payload : List.of(random, jsonBytes)) {
                String kind = payload == random ? "random bytes" : "JSON";
                t = System.nanoTime();
                PayloadRef ref = chunks.write("figures", "BACKTEST#b#r" + round + kind.length(), payload);
                print("round " + round + ": write 5 MB " + kind + " (" + ref.parts() + " parts, gzip=" + ref.gzipped() + ")", t);
                t = System.nanoTime();
                byte[] back = chunks.read("figures", "BACKTEST#b#r" + round + kind.length(), ref);
                print("round " + round + ": read it back whole (" + back.length + " bytes)", t);
            }
        }

        Storage storage = new Storage(db, MasterKey.random(), Clock.systemUTC());
        CandleSeries series = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv"))).series();
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            candles.add(series.candle(i));
        }
        TimeRange range = new TimeRange((long) series.firstTime(), (long) series.lastTime() + 3_600_000L);
        for (int round = 0; round < 3; round++) {
            CandleKey key = new CandleKey("bitfinex", Pair.parse("BTC/USD"), round == 0 ? RunInterval.H1 : RunInterval.H1);
            t = System.nanoTime();
            storage.candles().put(key, range, candles);
            print("round " + round + ": candle cache put " + candles.size() + " candles", t);
            t = System.nanoTime();
            int got = storage.candles().get(key, range).candles().size();
            print("round " + round + ": candle cache get " + got + " candles", t);
        }
        db.close();
    }

    private static void print(String what, long startNanos) {
        System.out.printf("%-75s %7.1f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
    }
}
