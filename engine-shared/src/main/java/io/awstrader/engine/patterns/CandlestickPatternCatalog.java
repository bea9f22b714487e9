package io.awstrader.engine.patterns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every candlestick pattern the engine offers, by the name bots use. */
public final class CandlestickPatternCatalog {
    private static final List<CandlestickPattern> ALL = unmodifiable(new Hammer(), new HangingMan(),
            new InverseHammer(), new ShootingStar(), new BullishEngulfing(), new BearishEngulfing(), new Doji(),
            new MorningStar(), new EveningStar());
    private static final List<CandlestickPattern> CONFIRMED = unmodifiable(new Hammer(true), new HangingMan(true),
            new InverseHammer(true), new ShootingStar(true));

    private CandlestickPatternCatalog() {
    }

    /** All patterns in their plain (unconfirmed) form. */
    public static List<CandlestickPattern> all() {
        return ALL;
    }

    /** The pattern called {@code name} (case-insensitive), unconfirmed. */
    public static CandlestickPattern find(String name) {
        return find(name, false);
    }

    /**
     * The pattern called {@code name} (case-insensitive); {@code confirmed} asks for the form that waits for the next
     * candle, which only hammer, hangingMan, inverseHammer and shootingStar have.
     */
    public static CandlestickPattern find(String name, boolean confirmed) {
        if (name == null) {
            throw new IllegalArgumentException("candlestick pattern name is null; known: " + names(ALL));
        }
        for (CandlestickPattern pattern : confirmed ? CONFIRMED : ALL) {
            if (pattern.name().equalsIgnoreCase(name.trim())) {
                return pattern;
            }
        }
        for (CandlestickPattern pattern : ALL) {
            if (confirmed && pattern.name().equalsIgnoreCase(name.trim())) {
                throw new IllegalArgumentException("candlestick pattern '" + pattern.name()
                        + "' has no confirmed form; these do: " + names(CONFIRMED));
            }
        }
        throw new IllegalArgumentException("unknown candlestick pattern '" + name + "'; known: " + names(ALL));
    }

    /** The names of all patterns, comma separated, for help texts. */
    public static String names() {
        return names(ALL);
    }

    private static String names(List<CandlestickPattern> patterns) {
        StringBuilder out = new StringBuilder();
        for (CandlestickPattern pattern : patterns) {
            out.append(out.length() == 0 ? "" : ", ").append(pattern.name());
        }
        return out.toString();
    }

    private static List<CandlestickPattern> unmodifiable(CandlestickPattern... patterns) {
        List<CandlestickPattern> list = new ArrayList<>();
        Collections.addAll(list, patterns);
        return Collections.unmodifiableList(list);
    }
}
