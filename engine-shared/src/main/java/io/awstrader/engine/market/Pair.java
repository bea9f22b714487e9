package io.awstrader.engine.market;

/** A trading pair written {@code BASE/QUOTE}, e.g. {@code BTC/USD}: amounts are in BASE, prices in QUOTE. */
public record Pair(String base, String quote) implements Comparable<Pair> {

    public Pair {
        checkAsset(base, "base");
        checkAsset(quote, "quote");
        if (base.equals(quote)) {
            throw new IllegalArgumentException("pair needs two different assets, got " + base + "/" + quote);
        }
    }

    /** Parses {@code "BTC/USD"}; asset names are upper-cased. */
    public static Pair parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("pair is missing; expected BASE/QUOTE such as BTC/USD");
        }
        int slash = text.indexOf('/');
        if (slash <= 0 || slash != text.lastIndexOf('/') || slash == text.length() - 1) {
            throw new IllegalArgumentException("bad pair '" + text + "': expected BASE/QUOTE such as BTC/USD");
        }
        return new Pair(text.substring(0, slash).trim().toUpperCase(), text.substring(slash + 1).trim().toUpperCase());
    }

    private static void checkAsset(String asset, String role) {
        if (asset == null || asset.isEmpty()) {
            throw new IllegalArgumentException("pair " + role + " asset is empty");
        }
        for (int i = 0; i < asset.length(); i++) {
            char c = asset.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
            if (!ok) {
                throw new IllegalArgumentException("bad " + role + " asset '" + asset + "': use letters and digits");
            }
        }
    }

    @Override
    public int compareTo(Pair other) {
        // The order of the texts BASE/QUOTE, without building them: the exchange looks pairs up at every candle.
        int length = base.length() + 1 + quote.length();
        int otherLength = other.base.length() + 1 + other.quote.length();
        int common = Math.min(length, otherLength);
        for (int i = 0; i < common; i++) {
            char c = charAt(i);
            char d = other.charAt(i);
            if (c != d) {
                return c - d;
            }
        }
        return length - otherLength;
    }

    /** Whether {@code text} is exactly {@link #toString()}, checked without building it (bots name pairs per call). */
    public boolean isWritten(String text) {
        int slash = base.length();
        return text != null && text.length() == slash + 1 + quote.length() && text.startsWith(base)
                && text.charAt(slash) == '/' && text.endsWith(quote);
    }

    /** Character {@code i} of {@link #toString()}. */
    private char charAt(int i) {
        int slash = base.length();
        return i < slash ? base.charAt(i) : i == slash ? '/' : quote.charAt(i - slash - 1);
    }

    @Override
    public String toString() {
        return base + "/" + quote;
    }
}
