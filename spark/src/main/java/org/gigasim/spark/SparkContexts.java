package org.gigasim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Where a command gets its Spark context: started on first use from the {@code spark.*}
 * settings {@code spark-submit} passes (or {@code spark/run-local} sets), or one a test shares.
 * Nothing starts Spark before the options parsed, so {@code --help} and a bad option answer at once.
 */
interface SparkContexts extends AutoCloseable {

    /** The context, started if this is the first call. */
    JavaSparkContext context();

    /** Stops the context if this object started it. */
    @Override
    void close();

    /** A context shared with the caller, who stops it. */
    static SparkContexts shared(JavaSparkContext context) {
        return new SparkContexts() {
            @Override
            public JavaSparkContext context() {
                return context;
            }

            @Override
            public void close() {
                // Not ours to stop.
            }
        };
    }

    /** A context started from the JVM's {@code spark.*} properties when first asked for, named {@code appName} unless set. */
    static SparkContexts fromSubmit(String appName) {
        return new SparkContexts() {
            private JavaSparkContext started;

            @Override
            public synchronized JavaSparkContext context() {
                if (started == null) {
                    SparkConf conf = new SparkConf();
                    if (!conf.contains("spark.master")) {
                        throw new InvalidInputException("no Spark master is set: run through spark-submit (which sets it),"
                                + " or try it on this machine with spark/run-local");
                    }
                    conf.setIfMissing("spark.app.name", appName);
                    started = new JavaSparkContext(conf);
                }
                return started;
            }

            @Override
            public synchronized void close() {
                if (started != null) {
                    started.stop();
                    started = null;
                }
            }
        };
    }
}
