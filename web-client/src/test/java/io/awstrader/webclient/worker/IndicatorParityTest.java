package io.awstrader.webclient.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.indicators.Indicator;
import io.awstrader.engine.indicators.IndicatorCatalog;
import io.awstrader.engine.indicators.IndicatorDefinition;
import io.awstrader.engine.indicators.IndicatorSpec;
import io.awstrader.engine.json.Json;
import io.awstrader.engine.json.JsonArray;
import io.awstrader.engine.json.JsonNumber;
import io.awstrader.engine.json.JsonObject;
import io.awstrader.engine.json.JsonValue;
import io.awstrader.engine.market.CandleSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine compiled by TeaVM computes every indicator bit for bit like the JVM, over the whole bundled Bitfinex
 * file: the first half of the promise that a backtest in the browser equals a deployment on the JVM.
 */
class IndicatorParityTest {

    @Test
    void everyIndicatorIsBitIdenticalInTeaVmJavaScript(@TempDir Path dir) throws Exception {
        CandleSeries candles = CandleCsv.parse(Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv")))
                .series();
        List<String> specs = new ArrayList<>();
        for (IndicatorDefinition definition : IndicatorCatalog.all()) {
            specs.add(IndicatorSpec.of(definition.name()).key());
        }
        specs.addAll(List.of("sma:200", "ema:50", "rsi:2", "vwap:24", "bollinger:20,2.5", "psar:0.01,0.01,0.1"));

        Path input = dir.resolve("input.json");
        Path output = dir.resolve("output.json");
        Files.writeString(input, Json.write(input(candles, specs)), StandardCharsets.UTF_8);
        runNode(dir, input, output);
        JsonObject js = (JsonObject) Json.parse(Files.readString(output, StandardCharsets.UTF_8));

        for (String spec : specs) {
            Indicator jvm = IndicatorSpec.parse(spec).create(candles);
            jvm.update();
            JsonArray values = (JsonArray) js.get(spec);
            int n = candles.size();
            assertEquals(jvm.outputNames().length * n, values.size(), spec);
            for (int k = 0; k < jvm.outputNames().length; k++) {
                for (int i = 0; i < n; i++) {
                    double expected = jvm.output(k).get(i);
                    JsonValue v = values.get(k * n + i);
                    double actual = v instanceof JsonNumber number ? number.value() : Double.NaN;
                    // == rather than bit equality for zeros only: JSON (and so every engine output) has no -0.
                    boolean same = expected == actual || (Double.isNaN(expected) && Double.isNaN(actual));
                    if (!same) {
                        fail(spec + " output " + jvm.outputNames()[k] + " at candle " + i + ": JVM " + expected
                                + ", TeaVM JS " + actual);
                    }
                }
            }
        }
    }

    private static JsonObject input(CandleSeries candles, List<String> specs) {
        int n = candles.size();
        double[][] columns = new double[6][n];
        for (int i = 0; i < n; i++) {
            columns[0][i] = candles.time(i);
            columns[1][i] = candles.open(i);
            columns[2][i] = candles.high(i);
            columns[3][i] = candles.low(i);
            columns[4][i] = candles.close(i);
            columns[5][i] = candles.volume(i);
        }
        JsonObject.Builder c = JsonObject.builder();
        String[] names = {"time", "open", "high", "low", "close", "volume"};
        for (int k = 0; k < names.length; k++) {
            c.put(names[k], JsonArray.ofNumbers(columns[k]));
        }
        List<JsonValue> specValues = new ArrayList<>();
        for (String spec : specs) {
            specValues.add(new io.awstrader.engine.json.JsonString(spec));
        }
        return JsonObject.builder().put("pair", candles.pair().toString()).put("interval", candles.interval().code())
                .put("candles", c.build()).put("specs", JsonArray.of(specValues)).build();
    }

    private static void runNode(Path dir, Path input, Path output) throws Exception {
        Path script = dir.resolve("indicator-parity.mjs");
        try (var in = IndicatorParityTest.class.getResourceAsStream("/indicator-parity.mjs")) {
            Files.copy(in, script);
        }
        String engine = System.getProperty("engine.module");
        assertTrue(engine != null && Files.exists(Path.of(engine)), "engine.js not built at " + engine);
        Process node = new ProcessBuilder("node", script.toString(), engine, input.toString(), output.toString())
                .redirectErrorStream(true).start();
        String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), "node failed: " + log);
    }
}
