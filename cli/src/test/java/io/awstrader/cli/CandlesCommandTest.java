package io.awstrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.awstrader.adapters.ExchangeRegistry;
import io.awstrader.adapters.kraken.KrakenStub;
import io.awstrader.adapters.stub.StubExchange;
import io.awstrader.adapters.stub.StubExchange.Response;
import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.data.CandleImport;
import io.awstrader.engine.market.Candle;
import io.awstrader.engine.market.Pair;
import io.awstrader.engine.market.RunInterval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code awstrader candles} against the Kraken stub, its URL given as AWSTRADER_KRAKEN_URL. */
class CandlesCommandTest {
    private static final long JAN_2024 = 1704067200_000L;
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path dir;
    private StubExchange stub;
    private List<Candle> january;

    @BeforeEach
    void startKraken() {
        stub = new StubExchange();
        january = new ArrayList<>();
        for (int i = 0; i < 744; i++) {
            if (i >= 400 && i < 403) {
                continue; // three hours without trades
            }
            double open = 42000 + 10 * Math.sin(i / 7.0) * i / 10;
            january.add(new Candle(JAN_2024 + i * HOUR, open, open + 50, open - 50, open + 5 * Math.cos(i), 1 + i % 5));
        }
        new KrakenStub(stub).candles(RunInterval.H1, january);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>(Main.commands());
        commands.put("candles", new CandlesCommand(ExchangeRegistry.installed(
                Map.of("AWSTRADER_KRAKEN_URL", stub.url().toString()))));
        return commands;
    }

    @Test
    void downloadsKrakenCandlesIntoACsvTheBacktestReads() throws Exception {
        Path file = dir.resolve("btcusd-1h.csv");
        CommandRun run = CommandRun.of(commands(), "candles", "--exchange", "kraken", "--pair", "BTC/USD",
                "--interval", "1h", "--from", "2024-01-01", "--to", "2024-02-01", "--out", file.toString());
        assertEquals(0, run.code(), run.printed());
        CandleImport back = CandleCsv.parse(Files.readString(file));
        assertEquals(Pair.parse("BTC/USD"), back.series().pair());
        assertEquals(RunInterval.H1, back.series().interval());
        // Kraken serves its 720 most recent candles: the first hours are not there, and the command says so
        List<Candle> expected = january.subList(january.size() - 720, january.size());
        assertEquals(expected.size(), back.series().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), back.series().candle(i));
        }
        assertTrue(run.err().contains("Kraken returned nothing before 2024-01-01T21:00:00Z (21 candles)"),
                run.printed());
        assertTrue(run.err().contains("3 candles missing inside the range"), run.printed());
        assertTrue(run.err().contains("Kraken BTC/USD 1h"), "progress on stderr: " + run.printed());
        assertEquals("XBTUSD", stub.requests("/0/public/OHLC").getFirst().query().get("pair"));

        Path result = dir.resolve("result.json");
        CommandRun backtest = CommandRun.of(commands(), "backtest", "--bot", BacktestCommandTest.BOTS + "sma-cross.js",
                "--candles", file.toString(), "--balances", "USD=10000", "--runtime", "node", "--out",
                result.toString());
        assertEquals(0, backtest.code(), backtest.printed());
        assertTrue(Files.readString(result).contains("\"pairs\":[\"BTC/USD\"]"), Files.readString(result)
                .substring(0, 300));
    }

    @Test
    void fourHoursAndTenMinutesAndExchangeErrorsAreClear() throws Exception {
        CommandRun fours = CommandRun.of(commands(), "candles", "--exchange", "kraken", "--pair", "BTC/USD",
                "--interval", "4h", "--from", "2024-01-20", "--to", "2024-01-21");
        assertEquals(0, fours.code(), fours.printed());
        assertTrue(fours.out().startsWith("time,symbol,open,high,low,close,volume\n"), fours.out());
        assertEquals(7, fours.out().lines().count(), "header and six 4h candles: " + fours.out());

        for (int i = 0; i < 3; i++) {
            stub.once("GET", "/0/public/OHLC", r -> Response.json("{\"error\":[\"EQuery:Unknown asset pair\"]}"));
        }
        CommandRun unknown = CommandRun.of(commands(), "candles", "--exchange", "kraken", "--pair", "FOO/BAR",
                "--interval", "1h", "--from", "2024-01-20", "--to", "2024-01-21");
        assertEquals(1, unknown.code(), unknown.printed());
        assertTrue(unknown.err().contains("kraken not-found: EQuery:Unknown asset pair"), unknown.printed());

        CommandRun help = CommandRun.of(commands(), "candles", "--help");
        assertEquals(0, help.code());
        for (String variable : List.of("AWSTRADER_BITFINEX_URL", "AWSTRADER_KRAKEN_URL", "AWSTRADER_KUCOIN_URL",
                "bitfinex, kraken, kucoin")) {
            assertTrue(help.out().contains(variable), help.out());
        }
        CommandRun bad = CommandRun.of(commands(), "candles", "--exchange", "mtgox", "--pair", "BTC/USD",
                "--interval", "1h", "--from", "2024-01-20");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown exchange 'mtgox'; expected one of bitfinex, kraken, kucoin"),
                bad.printed());
        CommandRun badInterval = CommandRun.of(commands(), "candles", "--exchange", "kraken", "--pair", "BTC/USD",
                "--interval", "2h", "--from", "2024-01-20");
        assertEquals(2, badInterval.code());
        assertTrue(badInterval.err().contains("unknown run interval '2h'"), badInterval.printed());
    }
}
