package io.awstrader.server.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The shapes the API answers with: plain records, written by Jackson. */
public final class Views {
    private Views() {
    }

    /** The signed-in account. */
    public record AccountView(String id, String email, Instant createdAt) {
    }

    /** A bot without its versions; {@code description} is "" when it has none. */
    public record BotView(String id, String name, String description, Instant createdAt, Instant updatedAt) {
    }

    /** A bot with its versions (without their code). */
    public record BotDetailView(String id, String name, String description, Instant createdAt, Instant updatedAt,
            List<VersionSummaryView> versions) {
    }

    /** A newly created bot and its first version. */
    public record NewBotView(BotView bot, VersionView version) {
    }

    /** A version in a list: its number and whether it is locked. */
    public record VersionSummaryView(String number, boolean locked, Instant createdAt, Instant updatedAt) {
    }

    /** A compile error at a 1-based line and column of the TypeScript source (0 when unknown). */
    public record DiagnosticView(int line, int column, String message) {
    }

    /** A version with its code: the TypeScript, the JavaScript compiled from it ("" when it has errors). */
    public record VersionView(String botId, String number, String source, String javascript,
            List<DiagnosticView> diagnostics, boolean locked, Instant createdAt, Instant updatedAt) {
    }

    /**
     * A saved backtest without its full result (read that from its {@code /result}); {@code resultSha256} is the
     * digest of the result's bytes, which a client compares with a fresh run's to recognise a rerun.
     */
    public record BacktestView(String id, String botId, String version, Object config, Object stats, long resultBytes,
            String resultSha256, Instant createdAt) {
    }

    /**
     * An exchange account: a real one shows only its masked key ({@code abcd…wxyz}); a virtual one its price source
     * and initial balances.
     */
    public record ExchangeView(String id, String name, String provider, String maskedKey, String priceSource,
            Map<String, Double> initialBalances, Instant createdAt) {
    }

    /** A span of time {@code [from, to)} in epoch milliseconds. */
    public record RangeView(long from, long to) {
    }

    /** The server is up. */
    public record HealthView(String status, String version) {
    }
}
