package org.gigasim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@code local[2]} Spark context for every Spark test in the JVM, started when a test
 * first asks for a {@link JavaSparkContext} parameter and stopped when the test run ends:
 * starting Spark takes seconds, so the tests share it.
 */
final class LocalSpark implements ParameterResolver {

    /** The master every Spark test runs on: two cores, as the benchmark. */
    static final String MASTER = "local[2]";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == JavaSparkContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Shared.class, k -> new Shared(), Shared.class).context;
    }

    /** The context, stopped when JUnit closes the root store at the end of the run. */
    private static final class Shared implements ExtensionContext.Store.CloseableResource {
        private final JavaSparkContext context = new JavaSparkContext(new SparkConf()
                .setMaster(MASTER)
                .setAppName("gigasim-spark-tests")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));

        @Override
        public void close() {
            context.stop();
        }
    }
}
