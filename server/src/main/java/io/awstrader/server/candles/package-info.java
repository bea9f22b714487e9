/** The candle service over the DynamoDB cache, exchange candle sources, and the bundled real data. */
package io.awstrader.server.candles;
