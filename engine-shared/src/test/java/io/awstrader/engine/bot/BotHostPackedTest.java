package io.awstrader.engine.bot;

import io.awstrader.engine.backtest.Backtest;
import io.awstrader.engine.backtest.BacktestConfig;
import io.awstrader.engine.backtest.BacktestProgress;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.exchange.FillModel;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonNull;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link BotHost#beginPacked()} carries exactly what {@link BotHost#begin()} and its {@link BotHost#next()}s do. */
class BotHostPackedTest {
    private static final Pair BTC = Pair.parse("BTC/USD");

    /** A run's start as the script sees it: begin()'s answer, then every number. */
    private record Start(String answer, List<Double> numbers) {
    }

    /** Runs a backtest whose script registers candles, an SMA and a pattern, and records each run's start. */
    private static List<Start> starts(CandleSeries candles, Function<BotHost, Start> readStart) {
        BotHost host = new BotHost();
        List<Start> starts = new ArrayList<>();
        BotScript script = new BotScript() {
            @Override
            public String initializeState(String configJson, String stateJson) {
                starts.add(readStart.apply(host));
                return "{\"ok\":true,\"state\":{}}";
            }

            @Override
            public String onData(String stateJson) {
                starts.add(readStart.apply(host));
                if (starts.size() == 3) {
                    host.series("candles", "BTC/USD", "");
                    host.series("indicator", "BTC/USD", "sma:14");
                    host.series("pattern", "BTC/USD", "hammer");
                }
                return "{\"ok\":true,\"state\":{}}";
            }
        };
        BotConfig bot = new BotConfig(List.of(BTC), RunInterval.H1, "bitfinex", "virtual", null);
        BacktestConfig config = BacktestConfig.of(bot, Map.of("USD", 10_000.0), new FillModel(0.002, 0.0005));
        Backtest.run(new ScriptedBot(script, host), config, Map.of(BTC, candles), BacktestProgress.NONE);
        return starts;
    }

    /** Reads a start one number at a time, as many as the packed run of the same start carried. */
    private static Function<BotHost, Start> unpacked(List<Start> packedStarts) {
        int[] index = {0};
        return host -> {
            String answer = host.begin();
            int count = packedStarts.get(index[0]++).numbers().size();
            List<Double> numbers = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                numbers.add(host.next());
            }
            return new Start(answer, numbers);
        };
    }

    private static Start packed(BotHost host) {
        String text = host.beginPacked();
        int feed = text.indexOf('\n');
        List<Double> numbers = new ArrayList<>();
        for (JsonValue value : Json.parse(feed < 0 ? text : text.substring(0, feed)).asArray().items()) {
            numbers.add(value instanceof JsonNull ? Double.NaN : value.asDouble());
        }
        assertTrue(Double.isNaN(host.next()), "the packed answer leaves nothing for next()");
        assertTrue(numbers.size() >= 4, "now, portfolio version, the window's from and to");
        return new Start(feed < 0 ? "" : text.substring(feed + 1), numbers);
    }

    @Test
    void packedStartsCarryTheSameNumbersAsOneByOne() throws Exception {
        CandleSeries all = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv")))
                .series();
        CandleSeries candles = all.slice(all.size() - 500, all.size());

        List<Start> actual = starts(candles, BotHostPackedTest::packed);
        List<Start> expected = starts(candles, unpacked(actual));

        assertEquals(301, expected.size() - 1, "initializeState, then one run per candle from the 200th on");
        assertEquals("[\"BTC/USD\"]", expected.get(0).answer(), "the first start names the pairs");
        assertTrue(expected.get(5).numbers().size() > 6 + 3, "registered series grow in every start");
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).answer(), actual.get(i).answer(), "answer of start " + i);
            List<Double> one = expected.get(i).numbers();
            List<Double> packed = actual.get(i).numbers();
            for (int k = 0; k < one.size(); k++) {
                assertEquals(Double.doubleToLongBits(one.get(k)), Double.doubleToLongBits(packed.get(k)),
                        "start " + i + ", number " + k);
            }
        }
    }
}
