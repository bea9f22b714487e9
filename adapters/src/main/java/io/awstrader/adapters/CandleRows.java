package io.awstrader.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import io.awstrader.adapters.http.ExchangeHttp;
import io.awstrader.engine.market.Candle;
import java.util.ArrayList;
import java.util.List;

/**
 * Candle rows as exchanges send them: one array per candle with the fields at positions of the exchange's choosing
 * (Bitfinex puts close before high), numbers or strings, times in seconds or milliseconds. Returned oldest first.
 *
 * @param timeMillis milliseconds per unit of the time field (1000 for seconds)
 */
public record CandleRows(double timeMillis, int open, int high, int low, int close, int volume) {

    /** The candles of {@code rows}; a row that is not an array of enough fields is a malformed answer. */
    public List<Candle> read(JsonNode rows, ExchangeHttp http) {
        if (!rows.isArray()) {
            throw http.malformed("candles are not an array");
        }
        int fields = Math.max(Math.max(open, high), Math.max(Math.max(low, close), volume)) + 1;
        List<Candle> out = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() < fields) {
                throw http.malformed("candle row " + row);
            }
            out.add(new Candle(ExchangeHttp.number(row.get(0)) * timeMillis, ExchangeHttp.number(row.get(open)),
                    ExchangeHttp.number(row.get(high)), ExchangeHttp.number(row.get(low)),
                    ExchangeHttp.number(row.get(close)), ExchangeHttp.number(row.get(volume))));
        }
        out.sort((a, b) -> Double.compare(a.time(), b.time()));
        return out;
    }
}
