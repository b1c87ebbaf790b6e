package org.gigasim.results;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file written row by row: a header of plain column names, then rows of cells that
 * Jackson quotes only where needed. Lines end with {@code \n} on every platform.
 */
final class CsvOutput implements Closeable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final int columns;
    private final SequenceWriter rows;

    CsvOutput(Path file, List<String> columns) throws IOException {
        this.columns = columns.size();
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        // The header is written here so that a table with no rows still has it.
        out.write(String.join(",", columns));
        out.write('\n');
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
        rows = MAPPER.writerFor(String[].class).with(schema).writeValues(out);
    }

    void row(String... cells) throws IOException {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns + " columns");
        }
        rows.write(cells);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
