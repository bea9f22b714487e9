/**
 * Technical indicators on primitive columns, each a small class computed in O(n) over a whole series and
 * updatable one candle at a time (call {@link io.awstrader.engine.indicators.Indicator#update()} after
 * appending candles).
 */
package io.awstrader.engine.indicators;
