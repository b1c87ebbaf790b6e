package org.gigasim.results;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code jobs.csv} and {@code contracts.csv}: one row per training job and per contract
 * signed, each replication's rows written as it arrives. A job's times are given both in hours
 * since the scenario start and as dates; missing values (a job never started or not finished)
 * are empty cells.
 */
final class TableWriter implements Closeable {

    static final String JOBS_FILE = OutputFiles.JOBS;
    static final String CONTRACTS_FILE = OutputFiles.CONTRACTS;
    static final List<String> JOB_COLUMNS = List.of("replication", "job", "lab", "cloud", "site", "size_h100e",
            "submitted_h", "started_h", "finished_h", "wait_h", "restarts", "submitted_on", "started_on", "finished_on");
    static final List<String> CONTRACT_COLUMNS = List.of("replication", "contract", "lab", "cloud", "accelerator",
            "mw", "chips", "start", "end", "price_usd_per_chip_hour", "value_usd", "signed_on", "clauses",
            "decided_by", "recognised_usd", "forfeited_usd");

    private final CsvOutput jobs;
    private final CsvOutput contracts;

    TableWriter(Path directory) throws IOException {
        this.jobs = new CsvOutput(directory.resolve(JOBS_FILE), JOB_COLUMNS);
        CsvOutput opened = null;
        try {
            opened = new CsvOutput(directory.resolve(CONTRACTS_FILE), CONTRACT_COLUMNS);
        } finally {
            if (opened == null) {
                jobs.close();
            }
        }
        this.contracts = opened;
    }

    /** Writes one replication's rows, formatted when its snapshot was taken. */
    void replication(List<String[]> jobRows, List<String[]> contractRows) throws IOException {
        for (String[] row : jobRows) {
            jobs.row(row);
        }
        for (String[] row : contractRows) {
            contracts.row(row);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            jobs.close();
        } finally {
            contracts.close();
        }
    }
}
