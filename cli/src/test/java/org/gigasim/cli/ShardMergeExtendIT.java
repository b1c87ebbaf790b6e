package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards merged, and a run extended, give the very bytes of a single run: every output file
 * (charts and report included) has the same SHA-256, except the command line in
 * {@code manifest.json}. With {@code --trace} and {@code --keep-replications}, so the per-
 * replication files are covered too.
 */
class ShardMergeExtendIT {

    private static final String SCENARIO = "tutorial/two-clouds-one-clause";

    @TempDir
    Path dir;

    @Test
    void threeShardsMergedInAnyOrderAreTheSingleRun() throws IOException {
        run("--replications", "9", "--trace", "--keep-replications", "--out", dir.resolve("single").toString());
        for (int i = 1; i <= 3; i++) {
            run("--replications", "9", "--trace", "--keep-replications", "--shard", i + "/3", "--threads", "" + i,
                    "--out", dir.resolve("shard" + i).toString());
        }
        Cli.Result merge = Cli.gigasim("merge", dir.resolve("shard2").toString(), dir.resolve("shard3").toString(),
                dir.resolve("shard1").toString(), "--out", dir.resolve("merged").toString(), "--quiet");
        assertEquals(0, merge.status(), merge.err());
        OutputDigests.assertSame(dir.resolve("single"), dir.resolve("merged"));
        String manifest = Files.readString(dir.resolve("shard2/manifest.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"partial\" : \"shard 2/3: replications 3 to 5 of 9"), manifest);
    }

    @Test
    void aRunExtendedFromFiveToTwelveIsTheRunOfTwelve() throws IOException {
        run("--replications", "12", "--trace", "--out", dir.resolve("twelve").toString());
        run("--replications", "5", "--trace", "--out", dir.resolve("grown").toString());
        assertNotEquals(OutputDigests.of(dir.resolve("twelve")), OutputDigests.of(dir.resolve("grown")));
        Cli.Result extend = Cli.gigasim("extend", dir.resolve("grown").toString(), "--replications", "12", "--quiet");
        assertEquals(0, extend.status(), extend.err());
        assertTrue(extend.out().contains("7 replication(s) added to the 5 held"), extend.out());
        OutputDigests.assertSame(dir.resolve("twelve"), dir.resolve("grown"));
    }

    @Test
    void aMergedRunExtendsLikeAnyOther() throws IOException {
        run("--replications", "6", "--out", dir.resolve("six").toString());
        run("--replications", "4", "--shard", "1/2", "--out", dir.resolve("a").toString());
        run("--replications", "4", "--shard", "2/2", "--out", dir.resolve("b").toString());
        assertEquals(0, Cli.gigasim("merge", dir.resolve("a").toString(), dir.resolve("b").toString(), "--out",
                dir.resolve("merged").toString(), "--quiet", "--no-charts").status());
        Cli.Result extend = Cli.gigasim("extend", dir.resolve("merged").toString(), "--replications", "6", "--quiet");
        assertEquals(0, extend.status(), extend.err());
        OutputDigests.assertSame(dir.resolve("six"), dir.resolve("merged"));
    }

    private static void run(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "run";
        args[1] = SCENARIO;
        args[2] = "--quiet";
        System.arraycopy(options, 0, args, 3, options.length);
        Cli.Result result = Cli.gigasim(args);
        assertEquals(0, result.status(), result.err());
    }
}
