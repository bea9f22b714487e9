/** Market data: pairs, run intervals and column-wise candle series. */
package io.awstrader.engine.market;
