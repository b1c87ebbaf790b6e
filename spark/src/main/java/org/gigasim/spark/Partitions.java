package org.gigasim.spark;

import org.apache.spark.api.java.JavaSparkContext;

/** How many tasks a run's replications are cut into. */
final class Partitions {

    /**
     * Tasks per core of the default parallelism when {@value SparkMain#PARTITIONS} is not set:
     * enough that a slow task at the end leaves few cores idle, few enough that merging the
     * tasks' partial results on the driver stays cheap.
     */
    static final int PER_CORE = 4;

    private Partitions() {
    }

    /**
     * The number of tasks for {@code replications}: the setting (a local property of the
     * calling thread, else the application's), or {@value #PER_CORE} per core; never more
     * than replications.
     */
    static int of(JavaSparkContext context, int replications) {
        String set = context.getLocalProperty(SparkMain.PARTITIONS);
        if (set == null) {
            set = context.getConf().get(SparkMain.PARTITIONS, null);
        }
        int wanted;
        if (set == null) {
            wanted = PER_CORE * Math.max(1, context.defaultParallelism());
        } else {
            try {
                wanted = Integer.parseInt(set.trim());
            } catch (NumberFormatException e) {
                wanted = 0;
            }
            if (wanted < 1) {
                throw new InvalidInputException(SparkMain.PARTITIONS + " must be a whole number of at least 1, was '"
                        + set + "'");
            }
        }
        return Math.min(wanted, replications);
    }
}
