package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards that do not make one run are refused before anything is written: exit 2, one message
 * that names the folder at fault and what to do, no stack trace, no output folder.
 */
class MergeRefusalTest {

    private static final String SCENARIO = "tutorial/one-cloud-one-lab";

    @TempDir
    static Path shards;

    @TempDir
    Path dir;

    @BeforeAll
    static void runShards() {
        shard("1/3", "s1");
        shard("2/3", "s2");
        shard("3/3", "s3");
        shard("3/3", "s3-seed", "--seed", "99");
        shard("3/3", "s3-trace", "--trace");
        shard("1/2", "half1");
    }

    @Test
    void aMissingShardIsNamedByItsReplications() {
        mergeRefused("replications 2 to 3 are in none of the folders given", path("s1"), path("s3"));
        mergeRefused("replications 4 to 5 are in none of the folders given", path("s1"), path("s2"));
    }

    @Test
    void overlappingShardsAreRefused() {
        mergeRefused("overlaps", path("s1"), path("s2"), path("s3"), path("s1"));
        mergeRefused("overlaps", path("half1"), path("s2"), path("s3"));
    }

    @Test
    void shardsOfAnotherSeedOrOtherOptionsAreRefused() {
        mergeRefused("seed 7 vs 99", path("s1"), path("s2"), path("s3-seed"));
        mergeRefused("--trace not given vs given", path("s1"), path("s2"), path("s3-trace"));
    }

    @Test
    void aDamagedOrMissingPartialResultIsNamed() throws IOException {
        Path cut = dir.resolve("cut");
        Files.createDirectories(cut);
        byte[] bytes = Files.readAllBytes(shards.resolve("s2/partial-result.bin"));
        Files.write(cut.resolve("partial-result.bin"), Arrays.copyOf(bytes, bytes.length / 2));
        mergeRefused("cut/partial-result.bin cannot be read", path("s1"), cut.toString(), path("s3"));
        // A damaged byte inside the second shard's first record (replication 2): the merge stops there,
        // naming it, and writes nothing, where it once merged other figures without a word.
        Path flipped = dir.resolve("flipped");
        Files.createDirectories(flipped);
        byte[] damaged = bytes.clone();
        damaged[damaged.length * 3 / 8] ^= 0x01;
        Files.write(flipped.resolve("partial-result.bin"), damaged);
        mergeRefused("flipped/partial-result.bin cannot be read: damaged (the record of replication 2 fails its"
                + " checksum); run those replications again", path("s1"), flipped.toString(), path("s3"));
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        mergeRefused("holds no partial-result.bin", path("s1"), empty.toString());
    }

    @Test
    void badShardOptionsAreRefused() {
        refused("--shard takes I/N", "run", SCENARIO, "--replications", "3", "--shard", "0/3", "--out", out());
        refused("--shard takes I/N", "run", SCENARIO, "--replications", "3", "--shard", "4/3", "--out", out());
        refused("--shard takes I/N", "run", SCENARIO, "--replications", "3", "--shard", "two", "--out", out());
        refused("would leave some empty", "run", SCENARIO, "--replications", "2", "--shard", "1/3", "--out", out());
        refused("--shard and --precision do not go together", "run", SCENARIO, "--shard", "1/2", "--precision",
                "revenue_usd=0.1", "--out", out());
    }

    @Test
    void extendRefusesAShardAndTooFewReplications() {
        refused("a shard; merge the shards first", "extend", path("s2"), "--replications", "9");
        refused("holds no partial-result.bin", "extend", dir.toString(), "--replications", "9");
        Path full = dir.resolve("full");
        assertEquals(0, Cli.gigasim("merge", path("s1"), path("s2"), path("s3"), "--out", full.toString(), "--quiet",
                "--no-charts").status());
        refused("--replications must be more than the 6", "extend", full.toString(), "--replications", "6");
    }

    private void mergeRefused(String expected, String... dirs) {
        String[] args = new String[dirs.length + 4];
        args[0] = "merge";
        System.arraycopy(dirs, 0, args, 1, dirs.length);
        args[dirs.length + 1] = "--out";
        args[dirs.length + 2] = out();
        args[dirs.length + 3] = "--quiet";
        refused(expected, args);
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    private void refused(String expected, String... args) {
        Cli.Result result = Cli.gigasim(args);
        assertEquals(2, result.status(), result.out() + result.err());
        assertTrue(result.err().startsWith("gigasim: "), result.err());
        assertTrue(result.err().contains(expected), "expected '" + expected + "' in: " + result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
    }

    private static String path(String name) {
        return shards.resolve(name).toString();
    }

    private static void shard(String shard, String name, String... more) {
        String[] args = {"run", SCENARIO, "--quiet", "--replications", "6", "--shard", shard, "--out",
            shards.resolve(name).toString()};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        Cli.Result result = Cli.gigasim(all);
        assertEquals(0, result.status(), result.err());
    }
}
