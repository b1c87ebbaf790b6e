package org.gigasim.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.results.RunInfo;
import org.gigasim.results.RunWriter;

/** Fixture output folders: the tutorial scenario run for real, and small compare/sweep files. */
final class FixtureRun {

    static final String TUTORIAL = "tutorial/one-cloud-one-lab";

    private FixtureRun() {
    }

    /** Runs the tutorial scenario ({@code replications}, traced) into {@code dir} through RunWriter. */
    static Path tutorial(Path dir, int replications) throws IOException {
        LoadedScenario loaded = ScenarioLoader.read(TUTORIAL);
        ScenarioSpec spec = loaded.spec().withRun(loaded.spec().seed(), replications);
        RunInfo info = new RunInfo(spec.name(), spec.question(), loaded.sha256(), spec.seed(), replications, "test",
                spec.start(), false, spec.answer());
        ClauseRegistry registry = ClauseRegistry.standard();
        try (RunWriter writer = new RunWriter(dir, info, new SimCalendar(spec.start()), true)) {
            for (int r = 0; r < replications; r++) {
                writer.accept(new World(spec, r, registry).tracing(true).run());
            }
            writer.finish();
        }
        return dir;
    }

    /** Copies the small compare.csv and sweep.csv fixtures into {@code dir}. */
    static Path experiment(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : new String[] {"compare.csv", "sweep.csv"}) {
            try (InputStream in = FixtureRun.class.getResourceAsStream("experiment/" + name)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("missing fixture " + name));
                }
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }
}
