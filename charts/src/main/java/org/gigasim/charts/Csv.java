package org.gigasim.charts;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Streams the rows of a CSV file with a header row; cells are looked up by column name. */
final class Csv {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /** One row: its cells, looked up by column name through the shared header; {@code where} names its file and line. */
    record Row(Map<String, Integer> columns, String[] cells, String where) {

        String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.length ? "" : cells[i];
        }

        /**
         * The cell as a number, NaN if it is empty (gigasim writes a value that is not a finite
         * number as an empty cell); a cell that holds something else is damage, and stops the read.
         */
        double number(String column) {
            String cell = get(column);
            if (cell.isEmpty()) {
                return Double.NaN;
            }
            try {
                double value = Double.parseDouble(cell);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UncheckedIOException(new DamagedOutputException(where + ": the " + column + " cell '"
                    + (cell.length() <= 40 ? cell : cell.substring(0, 37) + "...") + "' is not a number; run the"
                    + " command that wrote it again"));
        }
    }

    private Csv() {
    }

    /** Feeds every row after the header to {@code consumer}; returns the header's column names. */
    static List<String> read(Path file, Consumer<Row> consumer) throws IOException {
        try {
            return readRows(file, consumer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (com.fasterxml.jackson.databind.RuntimeJsonMappingException e) {
            // A row the CSV reader cannot parse (a stray quote), met while iterating.
            throw new DamagedOutputException(file + " is not a CSV file gigasim can read (" + e.getMessage()
                    .lines().findFirst().orElse("") + "); run the command that wrote it again");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new DamagedOutputException(file + " is not a CSV file gigasim can read" + where + "; run the command"
                    + " that wrote it again");
        }
    }

    private static List<String> readRows(Path file, Consumer<Row> consumer) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(reader)) {
            if (!rows.hasNext()) {
                return List.of();
            }
            String[] header = rows.next();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.putIfAbsent(header[i].trim(), i);
            }
            int line = 1;   // the header's; gigasim's cells hold no line breaks, so a record is a line
            while (rows.hasNext()) {
                String[] cells = rows.next();
                line++;
                if (cells.length > 1 || (cells.length == 1 && !cells[0].isEmpty())) {
                    String where = file + " line " + line;
                    if (cells.length != header.length) {
                        // Every row gigasim writes has its header's cells: fewer or more is a file cut short or edited.
                        throw new DamagedOutputException(where + " has " + cells.length + " cells where its header has "
                                + header.length + " (the file may be cut short); run the command that wrote it again");
                    }
                    consumer.accept(new Row(columns, cells, where));
                }
            }
            List<String> names = new ArrayList<>();
            for (String h : header) {
                names.add(h.trim());
            }
            return names;
        }
    }
}
