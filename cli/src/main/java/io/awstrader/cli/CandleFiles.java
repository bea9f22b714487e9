package io.awstrader.cli;

import io.awstrader.engine.data.CandleCsv;
import io.awstrader.engine.data.CandleCsvOptions;
import io.awstrader.engine.data.CandleImport;
import io.awstrader.engine.market.CandleSeries;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads candle CSV files for the commands, telling the user on stderr what the import found. */
final class CandleFiles {
    private CandleFiles() {
    }

    static CandleSeries load(Path file, String pair, String interval, PrintStream err) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("candle file not found: " + file);
        }
        CandleCsvOptions options = CandleCsvOptions.defaults();
        if (pair != null) {
            options = options.withPair(pair);
        }
        if (interval != null) {
            options = options.withInterval(interval);
        }
        CandleImport result = CandleCsv.parse(text, options);
        err.println(file.getFileName() + ": " + result.summary());
        if (result.series().isEmpty()) {
            throw new IllegalArgumentException(file + " holds no valid candles");
        }
        return result.series();
    }
}
