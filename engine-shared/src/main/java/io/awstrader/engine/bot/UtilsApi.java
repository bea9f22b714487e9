package io.awstrader.engine.bot;

import io.awstrader.engine.json.NumberText;
import io.awstrader.engine.market.Pair;

/** The {@code utils} object of a bot run: pure helpers on series, pairs and price grids. */
public final class UtilsApi {
    /** Price levels per decade of the grid: ratio 10^(1/234) ≈ 1.0099 between levels, as on the original platform. */
    public static final int GRID_LEVELS_PER_DECADE = 234;

    /** The base and quote asset of {@code pair}: bots see {@code {base, quoted}}. */
    public Pair getPairAssets(String pair) {
        return Pair.parse(pair);
    }

    /**
     * True at each index where {@code target} crosses above {@code base}: below at the previous index and above at
     * this one (touching is not crossing). Series are aligned at their ends; the result has the longer length, with
     * {@code false} where the shorter series has no values.
     */
    public boolean[] isCrossOver(double[] target, double[] base) {
        if (target == null || base == null) {
            throw new IllegalArgumentException("isCrossOver needs two arrays of numbers");
        }
        int longer = Math.max(target.length, base.length);
        int common = Math.min(target.length, base.length);
        boolean[] out = new boolean[longer];
        int targetOffset = target.length - common;
        int baseOffset = base.length - common;
        int outOffset = longer - common;
        for (int k = 1; k < common; k++) {
            double t0 = target[targetOffset + k - 1];
            double b0 = base[baseOffset + k - 1];
            double t1 = target[targetOffset + k];
            double b1 = base[baseOffset + k];
            // NaN (warm-up) compares false, so a series that is still warming up never "crosses".
            out[outOffset + k] = t0 < b0 && t1 > b1;
        }
        return out;
    }

    /** True where {@code target} crosses below {@code base}; the mirror of {@link #isCrossOver}. */
    public boolean[] isCrossUnder(double[] target, double[] base) {
        return isCrossOver(base, target);
    }

    /**
     * Round price levels around {@code targetPrice}: the {@code gridSize} levels strictly above it and the
     * {@code gridSize} at or below it whose level number is a multiple of {@code levelDistance}. Levels are spaced
     * {@link #GRID_LEVELS_PER_DECADE} per decade and printed to 8 significant digits, at any price scale.
     */
    public Grid getGrid(double targetPrice, int levelDistance, int gridSize) {
        if (!(targetPrice > 0) || Double.isInfinite(targetPrice)) {
            throw new IllegalArgumentException("getGrid needs a positive price, got " + NumberText.format(targetPrice));
        }
        if (levelDistance <= 0 || gridSize <= 0 || gridSize > 100) {
            throw new IllegalArgumentException("getGrid needs levelDistance >= 1 and 1 <= gridSize <= 100, got "
                    + levelDistance + " and " + gridSize);
        }
        int level = levelAtOrBelow(targetPrice);
        double[] below = new double[gridSize];
        int k = level - floorMod(level, levelDistance);
        for (int i = 0; i < gridSize; i++, k -= levelDistance) {
            below[i] = levelPrice(k);
        }
        double[] above = new double[gridSize];
        k = level - floorMod(level, levelDistance) + levelDistance;
        for (int i = 0; i < gridSize; i++, k += levelDistance) {
            above[i] = levelPrice(k);
        }
        return new Grid(above, below);
    }

    /** Grid levels above (ascending) and at-or-below (descending) a price. */
    public record Grid(double[] above, double[] below) {
    }

    private static int levelAtOrBelow(double price) {
        int level = (int) Math.floor(Math.log10(price) * GRID_LEVELS_PER_DECADE);
        // log10 may be off by an ulp at a level boundary: settle on the exact level by comparing prices.
        while (levelPrice(level + 1) <= price) {
            level++;
        }
        while (levelPrice(level) > price) {
            level--;
        }
        return level;
    }

    static double levelPrice(int level) {
        double raw = Math.pow(10, level / (double) GRID_LEVELS_PER_DECADE);
        return roundSignificant(raw, 8);
    }

    private static double roundSignificant(double value, int digits) {
        int exponent = (int) Math.floor(Math.log10(value));
        double scale = Math.pow(10, digits - 1 - exponent);
        return Math.rint(value * scale) / scale;
    }

    private static int floorMod(int value, int modulus) {
        int m = value % modulus;
        return m < 0 ? m + modulus : m;
    }
}
