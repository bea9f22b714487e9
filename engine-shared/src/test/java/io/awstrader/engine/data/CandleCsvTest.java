package io.awstrader.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.engine.market.CandleSeries;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CandleCsvTest {
    private static final double H = 3_600_000;
    /** 2021-01-01 00:00 UTC. */
    private static final double T0 = 1_609_459_200_000.0;

    private static final String CDD = String.join("\n",
            "https://www.CryptoDataDownload.com",
            "unix,date,symbol,open,high,low,close,Volume USD,Volume BTC",
            "1609477200000,2021-01-01 05:00:00,BTC/USD,105,106,104,105.5,1055,10",   // 3
            "1609473600000,2021-01-01 04:00:00,BTC/USD,104,105,103,105,1040,10",     // 4
            "1609470000,2021-01-01 03:00:00,BTC/USD,103,104,102,104,1030,10",        // 5 seconds
            "1609470000000,2021-01-01 03:00:00,BTC/USD,103,104,102,104,1030,10",     // 6 exact duplicate of 5
            "1609466400000,2021-01-01 02:00:00,BTC/USD,102,103,101,103,1020,10",     // 7 conflicts with 8
            "1609466400,2021-01-01 02:00:00,BTC/USD,102,103,101,102.5,1020,10",      // 8
            "1609459200000,2021-01-01 00:00:00,BTC/USD,100,101,99,101,1000,10",      // 9; 01:00 is missing
            "1609455600000,2020-12-31 23:00:00,BTC/USD,NaN,100,98,100,990,10",       // 10 NaN
            "1609452000000,2020-12-31 22:00:00,BTC/USD,99,97,98,98,980,10",          // 11 high < low
            "1609448400000,2020-12-31 21:00:00,BTC/USD,99,100,98",                   // 12 missing fields
            "1609444800000,2020-12-31 20:00:00,BTC/USD,-1,100,98,99,970,10",         // 13 negative price
            "1609441200000,2020-12-31 19:00:00,BTC/USD,99,1e2,9x,99,960,10",         // 14 not a number
            "");

    @Test
    void readsCryptoDataDownloadTextAndReportsEveryProblemByLine() {
        CandleImport result = CandleCsv.parse(CDD);
        CandleSeries series = result.series();
        assertEquals(Pair.parse("BTC/USD"), series.pair());
        assertEquals(RunInterval.H1, series.interval());
        assertEquals(12, result.rowsRead());
        // 00:00, 03:00, 04:00, 05:00: oldest first, seconds and ms read alike.
        assertEquals(4, series.size());
        assertEquals(T0, series.time(0));
        assertEquals(T0 + 3 * H, series.time(1));
        assertEquals(T0 + 5 * H, series.lastTime());
        assertEquals(10, series.volume(0), "volume in the base asset");
        assertEquals(1, result.exactDuplicatesDropped());

        List<String> problems = new ArrayList<>();
        for (ImportProblem problem : result.problems()) {
            problems.add(problem.line() + " " + problem.kind());
        }
        assertEquals(List.of("7 CONFLICTING_DUPLICATE", "8 CONFLICTING_DUPLICATE", "10 BAD_ROW", "11 BAD_ROW",
                "12 BAD_ROW", "13 BAD_ROW", "14 BAD_ROW"), problems);
        assertEquals("open is NaN", result.problems().get(2).message());
        assertTrue(result.problems().get(3).message().contains("high/low do not enclose"));
        assertEquals("missing close, Volume BTC (row has 6 fields, header has 9)", result.problems().get(4).message());
        assertTrue(result.problems().get(5).message().contains("prices must be positive"));
        assertEquals("low is not a number: '9x'", result.problems().get(6).message());
        assertTrue(result.problems().get(0).message().contains("2021-01-01 02:00 UTC is on lines 7, 8"),
                result.problems().get(0).message());

        // 01:00 is missing from the file; 02:00 is left out as a conflict: one gap of two candles.
        assertEquals(List.of(new Gap(T0 + H, T0 + 3 * H, 2, 9, 5)), result.gaps());
        assertEquals(2, result.missingCandles());
        String summary = result.summary();
        assertTrue(summary.startsWith("BTC/USD 1h: 12 rows read, 4 candles from 2021-01-01 00:00 to 2021-01-01 05:00"),
                summary);
        assertTrue(summary.contains("problems (rows left out): 7"), summary);
        assertTrue(summary.contains("2 missing from 2021-01-01 01:00 (lines 9-5)"), summary);
    }

    @Property(tries = 100)
    void anyRowOrderGivesTheSameSeriesAndTheSameProblems(@ForAll Random random) {
        String[] lines = CDD.split("\n");
        List<String> rows = new ArrayList<>(List.of(lines).subList(2, lines.length));
        Collections.shuffle(rows, random);
        CandleImport expected = CandleCsv.parse(CDD);
        CandleImport shuffled = CandleCsv.parse(lines[0] + "\n" + lines[1] + "\n" + String.join("\n", rows));
        assertEquals(expected.series().size(), shuffled.series().size());
        for (int i = 0; i < expected.series().size(); i++) {
            assertEquals(expected.series().candle(i), shuffled.series().candle(i));
        }
        assertEquals(kinds(expected), kinds(shuffled));
        assertEquals(expected.exactDuplicatesDropped(), shuffled.exactDuplicatesDropped());
        assertEquals(expected.missingCandles(), shuffled.missingCandles());
    }

    private static List<String> kinds(CandleImport result) {
        List<String> kinds = new ArrayList<>();
        for (ImportProblem problem : result.problems()) {
            // Conflict messages name the lines involved, which move with the rows.
            boolean conflict = problem.kind() == ImportProblem.Kind.CONFLICTING_DUPLICATE;
            kinds.add(problem.kind() + (conflict ? "" : " " + problem.message()));
        }
        Collections.sort(kinds);
        return kinds;
    }

    @Test
    void strictModeFailsOnProblemsListingThem() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CandleCsv.parse(CDD, CandleCsvOptions.defaults().strict()));
        assertTrue(error.getMessage().startsWith("7 problem(s) in the candle CSV (strict mode):\n  line 7"),
                error.getMessage());
        assertTrue(error.getMessage().contains("line 14 (BAD_ROW): low is not a number"), error.getMessage());
    }

    @Test
    void strictModeAcceptsGapsAndExactDuplicates() {
        String text = "unix,symbol,open,high,low,close,Volume BTC\n"
                + "1609459200,BTCUSD,1,2,1,2,5\n"
                + "1609459200,BTCUSD,1,2,1,2,5\n"
                + "1609466400,BTCUSD,2,3,2,3,5\n"
                + "1609470000,BTCUSD,3,4,3,4,5\n";
        CandleImport result = CandleCsv.parse(text, CandleCsvOptions.defaults().strict());
        assertEquals(3, result.series().size());
        assertEquals(1, result.exactDuplicatesDropped());
        assertEquals(List.of(new Gap(T0 + H, T0 + 2 * H, 1, 2, 4)), result.gaps());
        assertTrue(result.problems().isEmpty());
    }

    @Test
    void picksTheBaseAssetVolumeWhateverTheColumnOrder() {
        String usdFirst = "unix,symbol,open,high,low,close,Volume USD,Volume BTC\n"
                + "1609459200,BTC/USD,1,2,1,2,100,7\n1609462800,BTC/USD,2,3,2,3,200,8\n";
        String btcFirst = "unix,symbol,open,high,low,close,Volume BTC,Volume USD\n"
                + "1609459200,BTC/USD,1,2,1,2,7,100\n1609462800,BTC/USD,2,3,2,3,8,200\n";
        assertEquals(8, CandleCsv.parse(usdFirst).series().volume(1));
        assertEquals(8, CandleCsv.parse(btcFirst).series().volume(1));
        String ethBtc = "unix,symbol,open,high,low,close,Volume BTC,Volume ETH\n"
                + "1609459200,ETHBTC,1,2,1,2,7,100\n1609462800,ETHBTC,2,3,2,3,8,200\n";
        CandleSeries eth = CandleCsv.parse(ethBtc).series();
        assertEquals(Pair.parse("ETH/BTC"), eth.pair());
        assertEquals(200, eth.volume(1));
    }

    @Test
    void ambiguousVolumeColumnsNeedTheCallersChoice() {
        String text = "unix,symbol,open,high,low,close,Volume USD,Volume EUR\n"
                + "1609459200,BTC/USD,1,2,1,2,100,90\n1609462800,BTC/USD,2,3,2,3,200,180\n";
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> CandleCsv.parse(text));
        assertTrue(error.getMessage().contains("[Volume USD, Volume EUR]"), error.getMessage());
        CandleSeries series = CandleCsv.parse(text, CandleCsvOptions.defaults().withVolumeColumn("volume eur"))
                .series();
        assertEquals(180, series.volume(1));
        assertThrows(IllegalArgumentException.class,
                () -> CandleCsv.parse(text, CandleCsvOptions.defaults().withVolumeColumn("Volume GBP")));
    }

    @Test
    void withoutAVolumeColumnVolumesAreZero() {
        String text = "time,open,high,low,close\n1609459200,1,2,1,2\n1609462800,2,3,2,3\n";
        CandleSeries series = CandleCsv.parse(text, CandleCsvOptions.defaults().withPair("BTC/USD")).series();
        assertEquals(0, series.volume(0));
    }

    @Test
    void readsTradingViewTextWithTheCallersPair() {
        String text = "time,open,high,low,close,EMA12,Volume,Volume MA\n"
                + "1609459200,10,12,9,11,5,100,50\n"
                + "1609545600,11,13,10,12,5,200,60\n"
                + "1609632000,12,14,11,13,5,300,70";
        CandleImport result = CandleCsv.parse(text, CandleCsvOptions.defaults().withPair("BTC/USD"));
        assertEquals(RunInterval.D1, result.series().interval());
        assertEquals(3, result.series().size());
        assertEquals(300, result.series().volume(2), "Volume, not Volume MA");
        assertTrue(result.isClean());
    }

    @Test
    void theSymbolTellsThePairInSeveralSpellings() {
        assertEquals(Pair.parse("BTC/USDT"), ExchangeSymbol.parse("BTCUSDT"));
        assertEquals(Pair.parse("BTC/USD"), ExchangeSymbol.parse("btc-usd"));
        assertEquals(Pair.parse("XBT/EUR"), ExchangeSymbol.parse("XBTEUR"));
        assertEquals(Pair.parse("ETH/BTC"), ExchangeSymbol.parse("ETH_BTC"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ExchangeSymbol.parse("FOOBAR"));
        assertTrue(error.getMessage().startsWith("cannot split symbol 'FOOBAR'"), error.getMessage());
    }

    @Test
    void pairMustBeKnownAndAgreeWithTheFile() {
        String noSymbol = "time,open,high,low,close\n1609459200,1,2,1,2\n1609462800,2,3,2,3\n";
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CandleCsv.parse(noSymbol));
        assertTrue(missing.getMessage().contains("no symbol column: pass the pair"), missing.getMessage());
        String withSymbol = "unix,symbol,open,high,low,close\n1609459200,BTC/USD,1,2,1,2\n";
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> CandleCsv.parse(withSymbol, CandleCsvOptions.defaults().withPair("ETH/USD")));
        assertTrue(mismatch.getMessage().contains("'BTC/USD' is BTC/USD but the options ask for ETH/USD"),
                mismatch.getMessage());
    }

    @Test
    void rowsOfAnotherSymbolAreBadRows() {
        String text = "unix,symbol,open,high,low,close\n1609459200,BTC/USD,1,2,1,2\n1609462800,ETH/USD,2,3,2,3\n"
                + "1609466400,,2,3,2,3\n1609470000,btc/usd,2,3,2,3\n";
        CandleImport result = CandleCsv.parse(text, CandleCsvOptions.defaults().withInterval(RunInterval.H1));
        assertEquals(2, result.series().size());
        assertEquals("symbol 'ETH/USD' differs from the file's 'BTC/USD'", result.problems().get(0).message());
        assertEquals(4, result.problems().get(1).line());
        assertEquals("missing symbol", result.problems().get(1).message());
    }

    @Test
    void intervalIsTheMostCommonStepAndMustBeARunInterval() {
        String fourHours = "time,open,high,low,close\n1609459200,1,2,1,2\n1609473600,2,3,2,3\n"
                + "1609488000,2,3,2,3\n1609545600,2,3,2,3\n";
        CandleCsvOptions btc = CandleCsvOptions.defaults().withPair("BTC/USD");
        CandleImport result = CandleCsv.parse(fourHours, btc);
        assertEquals(RunInterval.H4, result.series().interval());
        assertEquals(3, result.gaps().get(0).missingCandles());

        String ninetyMinutes = "time,open,high,low,close\n1609459200,1,2,1,2\n1609464600,2,3,2,3\n";
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> CandleCsv.parse(ninetyMinutes, btc));
        assertTrue(odd.getMessage().contains("90.0 minutes, is not a run interval"), odd.getMessage());

        String oneRow = "time,open,high,low,close\n1609459200,1,2,1,2\n";
        assertThrows(IllegalArgumentException.class, () -> CandleCsv.parse(oneRow, btc));
        assertEquals(1, CandleCsv.parse(oneRow, btc.withInterval("1h")).series().size());
    }

    @Test
    void timesOffTheIntervalGridAreReported() {
        String text = "time,open,high,low,close\n1609459200,1,2,1,2\n1609462800,2,3,2,3\n"
                + "1609464600,2,3,2,3\n1609466400,2,3,2,3\n1609470000,2,3,2,3\n1609473600,2,3,2,3\n";
        CandleImport result = CandleCsv.parse(text, CandleCsvOptions.defaults().withPair("BTC/USD"));
        assertEquals(RunInterval.H1, result.series().interval());
        assertEquals(5, result.series().size());
        ImportProblem problem = result.problems().get(0);
        assertEquals(4, problem.line());
        assertEquals(ImportProblem.Kind.OFF_GRID, problem.kind());
        assertEquals("time 2021-01-01 01:30 UTC is not the start of a 1h candle on the UTC grid", problem.message());
    }

    @Test
    void readsDateTextWhenThereIsNoEpochColumn() {
        String text = "Date,Open,High,Low,Close,Volume\n"
                + "2021-01-01 00:00:00,1,2,1,2,1\n"
                + "2021-01-01T01:00:00Z,2,3,2,3,1\n"
                + "2021-01-01T04:00+02:00,2,3,2,3,1\n"
                + "2021-01-01 03:00,2,3,2,3,1\n"
                + "2021-02-30 04:00,2,3,2,3,1\n";
        CandleImport result = CandleCsv.parse(text, CandleCsvOptions.defaults().withPair("BTC/USD"));
        CandleSeries series = result.series();
        assertEquals(4, series.size());
        assertEquals(T0 + 2 * H, series.time(2), "04:00 at +02:00 is 02:00 UTC");
        assertEquals("Date '2021-02-30 04:00' is neither an epoch number nor a yyyy-MM-dd date",
                result.problems().get(0).message());
    }

    @Test
    void prefersANumericEpochColumnOverADateColumn() {
        // The date column comes first and disagrees: the unix column wins.
        String text = "date,unix,open,high,low,close\n2000-01-01,1609459200,1,2,1,2\n2000-01-02,1609462800,2,3,2,3\n";
        CandleSeries series = CandleCsv.parse(text, CandleCsvOptions.defaults().withPair("BTC/USD")).series();
        assertEquals(T0, series.time(0));
        // Even when the first row's epoch is missing.
        String damaged = "date,unix,open,high,low,close\n2000-01-01,,1,2,1,2\n2000-01-02,1609462800,2,3,2,3\n";
        CandleImport result = CandleCsv.parse(damaged, CandleCsvOptions.defaults().withPair("BTC/USD")
                .withInterval("1h"));
        assertEquals(T0 + H, result.series().time(0));
        assertEquals("missing unix", result.problems().get(0).message());
    }

    @Test
    void handlesQuotesCarriageReturnsBomAndBlankLines() {
        String text = "\uFEFFtime,\"open\",high,low,close,\"Volume\"\r\n\r\n1609459200,\"1\",2,1,2,\"1,5\"\r\n"
                + "1609462800,2,3,2,3,\"4\"\r\n\r\n";
        CandleImport result = CandleCsv.parse(text, CandleCsvOptions.defaults().withPair("BTC/USD")
                .withInterval("1h"));
        assertEquals(1, result.series().size());
        assertEquals(4, result.series().volume(0));
        assertEquals(3, result.problems().get(0).line());
        assertEquals("Volume is not a number: '1,5'", result.problems().get(0).message());
    }

    @Test
    void textWithoutAHeaderIsRejectedClearly() {
        assertEquals("candle CSV text is empty",
                assertThrows(IllegalArgumentException.class, () -> CandleCsv.parse("\n\n")).getMessage());
        IllegalArgumentException noHeader = assertThrows(IllegalArgumentException.class,
                () -> CandleCsv.parse("1,2,3\n4,5,6\n"));
        assertTrue(noHeader.getMessage().startsWith("no header with time"), noHeader.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CandleCsv.parse(null));
        assertThrows(IllegalArgumentException.class, () -> CandleCsv.parse("time,open,high,low,close\n", null));
        assertThrows(IllegalArgumentException.class, () -> CandleCsvOptions.defaults().withPair((Pair) null));
        assertThrows(IllegalArgumentException.class, () -> CandleCsvOptions.defaults().withInterval("2h"));
        assertThrows(IllegalArgumentException.class, () -> CandleCsvOptions.defaults().withVolumeColumn(" "));
        assertThrows(IllegalArgumentException.class, () -> CandleCsv.write(null));
    }

    @Test
    void aHeaderWithNoRowsNeedsTheIntervalAndGivesAnEmptySeries() {
        CandleCsvOptions options = CandleCsvOptions.defaults().withPair("BTC/USD").withInterval(RunInterval.H1);
        CandleImport result = CandleCsv.parse("time,open,high,low,close\n", options);
        assertEquals(0, result.series().size());
        assertEquals(0, result.rowsRead());
        assertTrue(result.summary().startsWith("BTC/USD 1h: 0 rows read, 0 candles"), result.summary());
    }

    @Test
    void writesMillisecondsAndPlainNumbersThatReadBackIdentically() {
        CandleSeries series = new CandleSeries(Pair.parse("BTC/USD"), RunInterval.H1);
        series.add(T0, 29000.5, 29100, 28950.25, 29050.125, 12.34567891);
        series.add(T0 + H, 29050.125, 29060, 0.00001, 1e-5, 0);
        String text = CandleCsv.write(series);
        assertEquals("time,open,high,low,close,volume\n"
                + "1609459200000,29000.5,29100,28950.25,29050.125,12.34567891\n"
                + "1609462800000,29050.125,29060,1.0E-5,1.0E-5,0\n", text);
        CandleSeries back = CandleCsv.parse(text, CandleCsvOptions.defaults().withPair("BTC/USD")
                .withInterval(RunInterval.H1)).series();
        for (int i = 0; i < series.size(); i++) {
            assertEquals(series.candle(i), back.candle(i));
        }
    }

    @Test
    void writesTheSymbolSoTheFileReadsBackWithoutNamingThePair() {
        CandleSeries series = new CandleSeries(Pair.parse("ETH/USDT"), RunInterval.H1);
        series.add(T0, 700.5, 710, 690, 705, 3);
        series.add(T0 + H, 705, 706, 701, 702.25, 4);
        String text = CandleCsv.write(series, true);
        assertEquals("time,symbol,open,high,low,close,volume\n1609459200000,ETH/USDT,700.5,710,690,705,3\n"
                + "1609462800000,ETH/USDT,705,706,701,702.25,4\n", text);
        CandleImport back = CandleCsv.parse(text);
        assertEquals(Pair.parse("ETH/USDT"), back.series().pair());
        assertEquals(RunInterval.H1, back.series().interval());
        assertEquals(series.candle(1), back.series().candle(1));
    }
}
