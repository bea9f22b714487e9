package io.awstrader.engine.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV file read into text cells, columns found by header name (test-side; the real importer lives elsewhere). */
final class CsvTable {
    private final List<String> header;
    private final List<String[]> rows;

    private CsvTable(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Reads {@code path}; a first line that does not hold {@code firstColumn} is a banner (CryptoDataDownload). */
    static CsvTable read(Path path, String firstColumn) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = 0;
        while (start < lines.size() && !List.of(lines.get(start).split(",")).contains(firstColumn)) {
            start++;
        }
        if (start == lines.size()) {
            throw new IllegalStateException(path + ": no header with column " + firstColumn);
        }
        List<String> header = List.of(lines.get(start).trim().split(","));
        List<String[]> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.isEmpty()) {
                String[] cells = line.split(",", -1);
                if (cells.length != header.size()) {
                    throw new IllegalStateException(path + " line " + (i + 1) + ": " + cells.length + " cells, header has "
                            + header.size());
                }
                rows.add(cells);
            }
        }
        return new CsvTable(header, rows);
    }

    int size() {
        return rows.size();
    }

    /** The first column named {@code name}. */
    int column(String name) {
        int k = header.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return k;
    }

    String text(int row, int column) {
        return rows.get(row)[column];
    }

    double number(int row, int column) {
        return Double.parseDouble(rows.get(row)[column]);
    }

    double[] numbers(String name) {
        int k = column(name);
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(i, k);
        }
        return out;
    }
}
