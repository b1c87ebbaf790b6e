package org.gigasim.cli;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gigasim.experiments.Progress;

/** A progress bar on the terminal: units done of the total, rate and time left. */
final class TerminalProgress implements Progress {

    private final ProgressBar bar;
    private boolean closed;

    private TerminalProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress bar(String task, long total, String unit) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" " + unit, 1)
                .showSpeed(Rates.format())
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis((int) Duration.ofMillis(250).toMillis())
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        return new TerminalProgress(bar);
    }

    @Override
    public void step() {
        bar.step();
    }

    @Override
    public void simulated(String where) {
        bar.setExtraMessage(where);
    }

    @Override
    public void total(long total) {
        bar.maxHint(total);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            bar.close();
        }
    }
}
