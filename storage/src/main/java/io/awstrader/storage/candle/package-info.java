/** The shared candle cache, bucketed and packed. */
package io.awstrader.storage.candle;
