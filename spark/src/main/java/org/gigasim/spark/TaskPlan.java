package org.gigasim.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * How a run's replications become Spark tasks and jobs: ranges of consecutive replications,
 * one task each, submitted a job of a few tasks at a time. The outputs are the same for
 * every plan; the plan only trades balance against what the driver holds at once.
 *
 * @param ranges the tasks' replications, in order
 * @param tasksPerJob how many tasks one job runs (the last may run fewer)
 * @param jobsAhead how many jobs run beyond the one whose results the driver is writing
 */
record TaskPlan(List<ReplicationRange> ranges, int tasksPerJob, int jobsAhead) {

    /** The Spark setting for how many consecutive replications one task runs. */
    static final String REPLICATIONS_PER_TASK = "spark.gigasim.replicationsPerTask";
    /** The Spark setting for how many tasks one job runs. */
    static final String TASKS_PER_JOB = "spark.gigasim.tasksPerJob";
    /**
     * At most this many replications per task unless set: a task's result holds every
     * replication's series, a few MB each for the catalog scenarios, and Spark holds a
     * job's results in the driver's memory at once.
     */
    static final int MAX_DEFAULT_REPLICATIONS_PER_TASK = 4;
    /** Tasks per core over the whole run at least, unless set, so no core waits long for a slow last task. */
    static final int TASKS_PER_CORE = 4;
    /** Jobs submitted ahead of the one being written: enough that the next job's tasks fill the cores a job frees. */
    static final int JOBS_AHEAD = 2;

    /**
     * The plan for replications {@code from} to {@code to} − 1 on {@code context}: the
     * settings (a local property of the calling thread, else the application's) or defaults:
     * about {@value #TASKS_PER_CORE} tasks per core of up to {@value #MAX_DEFAULT_REPLICATIONS_PER_TASK}
     * replications, one task per core in each job.
     */
    static TaskPlan of(JavaSparkContext context, int from, int to) {
        int cores = Math.max(1, context.defaultParallelism());
        int count = to - from;
        int perTaskDefault = Math.max(1, Math.min(MAX_DEFAULT_REPLICATIONS_PER_TASK,
                (count + TASKS_PER_CORE * cores - 1) / (TASKS_PER_CORE * cores)));
        int perTask = setting(context, REPLICATIONS_PER_TASK, perTaskDefault);
        int tasksPerJob = setting(context, TASKS_PER_JOB, cores);
        int tasks = (count + perTask - 1) / perTask;
        return new TaskPlan(ReplicationRange.split(from, to, tasks), tasksPerJob, JOBS_AHEAD);
    }

    private static int setting(JavaSparkContext context, String key, int fallback) {
        String set = context.getLocalProperty(key);
        if (set == null) {
            set = context.getConf().get(key, null);
        }
        if (set == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(set.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new InvalidInputException(key + " must be a whole number of at least 1, was '" + set + "'");
    }
}
