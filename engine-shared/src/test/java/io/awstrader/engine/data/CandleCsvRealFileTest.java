package io.awstrader.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandleCsvRealFileTest {
    private static String bitfinex;
    private static CandleImport imported;

    @BeforeAll
    static void read() throws IOException {
        bitfinex = Files.readString(Path.of("../data/candles/Bitfinex_BTCUSD_1h.csv"));
        imported = CandleCsv.parse(bitfinex);
    }

    @Test
    void bitfinexHourlyFileImportsWithItsKnownFlaws() {
        CandleSeries series = imported.series();
        assertEquals(Pair.parse("BTC/USD"), series.pair());
        assertEquals(RunInterval.H1, series.interval());
        assertEquals(31_262, imported.rowsRead());
        assertEquals(0, imported.exactDuplicatesDropped());
        // 2020-11-10 23:00 is in the file twice (once in ms, once in s) with different values: both left out.
        assertEquals(2, imported.problems().size());
        assertEquals(new ImportProblem(9406, ImportProblem.Kind.CONFLICTING_DUPLICATE, imported.problems().get(0)
                .message()), imported.problems().get(0));
        assertEquals(9407, imported.problems().get(1).line());
        assertTrue(imported.problems().get(0).message().startsWith("time 2020-11-10 23:00 UTC is on lines 9406, 9407"));
        assertEquals(31_260, series.size());
        assertEquals(List.of(
                new Gap(1_555_167_600_000.0, 1_555_171_200_000.0, 1, 23_263, 23_262),
                new Gap(1_605_049_200_000.0, 1_605_052_800_000.0, 1, 9408, 9405),
                new Gap(1_625_040_000_000.0, 1_625_047_200_000.0, 2, 3854, 3853),
                new Gap(1_634_133_600_000.0, 1_634_144_400_000.0, 3, 1330, 1329)), imported.gaps());
        assertEquals(7, imported.missingCandles());
        // Oldest row (last line, epoch seconds) and newest row (line 2, epoch ms); volume in BTC.
        assertEquals(new Candle(1_526_364_000_000.0, 8723.8, 8793, 8714.9, 8739, 1026.35), series.candle(0));
        assertEquals(new Candle(1_638_921_600_000.0, 50641, 50700, 50441, 50463, 16.49676108),
                series.candle(series.size() - 1));
        assertEquals(series.size() + imported.missingCandles(),
                (int) ((series.lastTime() - series.firstTime()) / RunInterval.H1.millis()) + 1);
    }

    @Test
    void strictModeRefusesTheConflictingHour() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CandleCsv.parse(bitfinex, CandleCsvOptions.defaults().strict()));
        assertTrue(error.getMessage().startsWith("2 problem(s) in the candle CSV (strict mode):\n  line 9406"),
                error.getMessage());
    }

    @Test
    void swappedVolumeColumnsGiveTheSameSeries() {
        StringBuilder swapped = new StringBuilder();
        for (String line : bitfinex.split("\n")) {
            int last = line.lastIndexOf(',');
            int before = line.lastIndexOf(',', last - 1);
            if (last > 0) {
                swapped.append(line, 0, before + 1).append(line.substring(last + 1)).append(',')
                        .append(line, before + 1, last);
            }
            swapped.append('\n');
        }
        assertTrue(swapped.toString().startsWith("unix,date,symbol,open,high,low,close,Volume BTC,Volume USD\n"));
        CandleSeries expected = imported.series();
        CandleSeries actual = CandleCsv.parse(swapped.toString()).series();
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.candle(i), actual.candle(i));
        }
    }

    @Test
    void writtenSeriesReadsBackIdentically() {
        CandleSeries series = imported.series();
        CandleImport back = CandleCsv.parse(CandleCsv.write(series), CandleCsvOptions.defaults().withPair("BTC/USD")
                .strict());
        assertEquals(series.size(), back.series().size());
        for (int i = 0; i < series.size(); i++) {
            assertEquals(series.candle(i), back.series().candle(i));
        }
        assertEquals(imported.gaps().size(), back.gaps().size());
        assertTrue(back.problems().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"KRAKEN_XBTUSDEMACD.csv", "KRAKEN_XBTUSDMACD.csv", "KRAKEN_XBTUSDRSI.csv",
        "KRAKEN_XBTUSD_SMA.csv"})
    void tradingViewExportsAreCleanDailySeries(String file) throws IOException {
        String text = Files.readString(Path.of("../data/tradingview/" + file));
        CandleImport result = CandleCsv.parse(text, CandleCsvOptions.defaults().withPair("BTC/USD").strict());
        assertTrue(result.isClean(), result.summary());
        CandleSeries series = result.series();
        assertEquals(RunInterval.D1, series.interval());
        assertEquals(300, series.size());
        String[] firstRow = text.split("\n")[1].split(",");
        int volume = List.of(text.split("\n")[0].split(",")).indexOf("Volume");
        assertEquals(Double.parseDouble(firstRow[0]) * 1000, series.time(0));
        assertEquals(Double.parseDouble(firstRow[4]), series.close(0));
        assertEquals(Double.parseDouble(firstRow[volume]), series.volume(0));
    }
}
