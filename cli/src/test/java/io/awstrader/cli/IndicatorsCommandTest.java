package io.awstrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.indicators.RsiIndicator;
import io.awstrader.engine.market.CandleSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class IndicatorsCommandTest {
    private static final String BITFINEX = "../data/candles/Bitfinex_BTCUSD_1h.csv";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesARowPerCandleWithAColumnPerOutput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.csv");

        int code = run("indicators", "--candles", BITFINEX, "--indicator", "rsi:14", "--indicator", "macd:12,26,9",
                "--out", file.toString());

        assertEquals(0, code, err());
        List<String> lines = Files.readAllLines(file);
        CandleSeries candles = CandleCsv.parse(Files.readString(Path.of(BITFINEX))).series();
        assertEquals("time,rsi_14,macd_12_26_9_line,macd_12_26_9_signal,macd_12_26_9_histogram", lines.get(0));
        assertEquals(candles.size() + 1, lines.size());
        // warm-up cells are empty, not 0 or NaN
        assertEquals(Numbers.format(candles.time(0)) + ",,,,", lines.get(1));
        RsiIndicator rsi = new RsiIndicator(candles.closes(), 14);
        rsi.update();
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals(rsi.value().get(candles.size() - 1), Double.parseDouble(last[1]));
        // the import's findings reach the user: the conflicting duplicate hour and the gaps
        assertTrue(err().contains("line 9406"), err());
    }

    @Test
    void helpListsEveryIndicatorWithItsParameters() {
        assertEquals(0, run("indicators", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String name : List.of("sma:period=9", "macd:fast=12,slow=26,signal=9", "psar:start=0.02", "squeeze",
                "williamsR", "vwap", "stochastic", "keltner", "adx")) {
            assertTrue(help.contains(name), name + " missing from help");
        }
    }

    @Test
    void badInputIsACleanErrorWithTheReason() {
        assertEquals(2, run("indicators", "--candles", BITFINEX));
        assertTrue(err().contains("give at least one --indicator"), err());
        err.reset();
        assertEquals(1, run("indicators", "--candles", BITFINEX, "--indicator", "rsi:0"));
        assertTrue(err().contains("period"), err());
        err.reset();
        assertEquals(1, run("indicators", "--candles", BITFINEX, "--indicator", "nope"));
        assertTrue(err().contains("unknown indicator 'nope'"), err());
        err.reset();
        assertEquals(1, run("indicators", "--candles", "missing.csv", "--indicator", "rsi"));
        assertTrue(err().contains("candle file not found"), err());
        err.reset();
        assertEquals(2, run("indicators", "--frobnicate"));
        assertTrue(err().contains("unknown option --frobnicate"), err());
        err.reset();
        assertEquals(2, run("nonsense"));
        assertTrue(err().contains("unknown command 'nonsense'"), err());
    }
}
