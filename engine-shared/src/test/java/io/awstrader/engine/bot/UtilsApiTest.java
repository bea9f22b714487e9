package io.awstrader.engine.bot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UtilsApiTest {
    private final UtilsApi utils = new UtilsApi();

    @Test
    void crossOverIsStrictAndAlignedAtTheEnds() {
        double[] fast = {1, 2, 3, 5, 4};
        double[] slow = {9, 3, 3, 4, 4};
        // index 3: 3 < 3 is false (touching), so no cross; cross needs below-then-above.
        assertArrayEquals(new boolean[] {false, false, false, false, false}, utils.isCrossOver(fast, slow));
        double[] a = {1, 5, 2, 6};
        double[] b = {3, 3};
        // b aligns with a's last two values: (2 < 3) then (6 > 3) crosses at the last index.
        assertArrayEquals(new boolean[] {false, false, false, true}, utils.isCrossOver(a, b));
        assertArrayEquals(new boolean[] {false, false, false, false}, utils.isCrossUnder(a, b));
        assertArrayEquals(new boolean[] {false, true, false}, utils.isCrossUnder(new double[] {5, 1, 0},
                new double[] {3, 3, 3}));
    }

    @Test
    void warmUpNaNsNeverCross() {
        assertArrayEquals(new boolean[] {false, false, false},
                utils.isCrossOver(new double[] {Double.NaN, 1, 5}, new double[] {Double.NaN, Double.NaN, 3}));
    }

    @Test
    void gridGivesLevelsAboveAndAtOrBelowThePrice() {
        UtilsApi.Grid grid = utils.getGrid(50_000, 1, 3);

        assertEquals(3, grid.above().length);
        assertEquals(3, grid.below().length);
        assertTrue(grid.below()[0] <= 50_000 && grid.above()[0] > 50_000);
        for (int i = 1; i < 3; i++) {
            assertTrue(grid.above()[i] > grid.above()[i - 1]);
            assertTrue(grid.below()[i] < grid.below()[i - 1]);
            // consecutive levels are 10^(1/234) apart, at any scale (the original broke above 1e7)
            assertEquals(Math.pow(10, 1 / 234.0), grid.above()[i] / grid.above()[i - 1], 1e-6);
        }
        UtilsApi.Grid big = utils.getGrid(3e7, 5, 2);
        assertEquals(Math.pow(10, 5 / 234.0), big.above()[1] / big.above()[0], 1e-6);
        assertTrue(big.below()[0] <= 3e7);
    }

    @Test
    void gridRejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> utils.getGrid(-1, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> utils.getGrid(100, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> utils.getGrid(100, 1, 0));
    }

    @Test
    void pairAssets() {
        assertEquals("BTC", utils.getPairAssets("BTC/USD").base());
        assertEquals("USD", utils.getPairAssets("BTC/USD").quote());
        assertThrows(IllegalArgumentException.class, () -> utils.getPairAssets("BTCUSD"));
    }
}
