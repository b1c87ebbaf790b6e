package org.gigasim.results;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.TrainingJob;

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
    private final Cells cells;

    TableWriter(Path directory, Cells cells) throws IOException {
        this.cells = cells;
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

    void replication(int replication, List<TrainingJob> jobList, List<Contract> contractList) throws IOException {
        String label = Integer.toString(replication);
        for (TrainingJob job : jobList) {
            // Jobs run on a cloud as a whole, not on one of its sites.
            jobs.row(label, Integer.toString(job.id()), Cells.text(job.lab()), Cells.text(job.cloud()), "",
                    Cells.number(job.sizeH100e()), Cells.number(job.submittedHours()),
                    Cells.number(job.firstStartHours()), Cells.number(job.finishedHours()),
                    Cells.number(job.waitHours()), Integer.toString(job.restarts()), cells.date(job.submittedHours()),
                    cells.date(job.firstStartHours()), cells.date(job.finishedHours()));
        }
        for (Contract contract : contractList) {
            String clauses = contract.clauses().stream().map(c -> c.clause().type()).collect(Collectors.joining(";"));
            contracts.row(label, Cells.text(contract.contractId()), Cells.text(contract.lab()),
                    Cells.text(contract.cloud()), Cells.text(contract.accelerator()), Cells.number(contract.mw()),
                    Cells.number(contract.fullChips()), cells.date(contract.startHours()),
                    cells.lastDay(contract.endHours()), Cells.number(contract.priceUsdPerChipHour()),
                    Cells.number(contract.signedValueUsd()), cells.date(contract.signedHours()), clauses,
                    Cells.text(contract.decidedBy()), Cells.number(contract.recognisedUsd()),
                    Cells.number(contract.forfeitedUsd()));
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
