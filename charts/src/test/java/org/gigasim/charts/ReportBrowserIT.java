package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads the report in a real headless browser (Debian's chromium, no network): it renders, whole and clean. */
class ReportBrowserIT {

    @TempDir
    static Path temp;
    static Path report;
    static String browser;

    @BeforeAll
    static void render() throws Exception {
        browser = findChromium();
        assumeTrue(browser != null, "chromium is not installed (CI installs it: apt-get install -y chromium)");
        Path run = FixtureRun.tutorial(temp.resolve("run"), 2);
        report = Charts.render(run).report();
    }

    @Test
    void screenshotIsNotBlank() throws Exception {
        Path png = temp.resolve("screenshot.png");
        Result r = chromium("--screenshot=" + png, "--window-size=1400,3000", report.toUri().toString());
        assertTrue(Files.isRegularFile(png), "no screenshot; chromium said:\n" + r.stderr);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1400, image.getWidth());
        int colours = ChartAssertions.distinctColours(image);
        assertTrue(colours > 200, "screenshot has only " + colours + " colours");
    }

    @Test
    void domHoldsEveryChartAndThePageLogsNoErrors() throws Exception {
        Result r = chromium("--dump-dom", "--enable-logging=stderr", "--v=0", report.toUri().toString());
        for (String name : ChartsTest.RUN_CHARTS) {
            assertTrue(r.stdout.contains("<figure id=\"" + name + "\""), name + " missing from the DOM");
            assertTrue(r.stdout.contains("id=\"svg-" + name + "\""), name + "'s svg missing from the DOM");
        }
        for (String line : r.stderr.split("\n")) {
            assertFalse(line.contains("Uncaught") || line.contains("ERROR:CONSOLE"), "page error: " + line);
        }
    }

    private record Result(String stdout, String stderr) {
    }

    private static Result chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(temp, "profile");
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout-" + System.nanoTime());
        Path err = temp.resolve("stderr-" + System.nanoTime());
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String findChromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }
}
