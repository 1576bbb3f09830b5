package org.cartellab.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.cartellab.ensemble.EnsembleJob;
import org.cartellab.ensemble.RunEvaluator;
import org.cartellab.ensemble.RunSummary;
import org.cartellab.network.NetworkParameters;

/**
 * A network ensemble on Spark: the run indices 0..N-1 as a Dataset, each partition evaluating its indices with the
 * same {@link RunEvaluator} (and so the same per-run random streams) as the local runner, so every run is
 * bit-identical to the local one. Rows have the run store's item columns, so the Parquet Spark writes imports as is.
 */
public final class SparkEnsemble {
    private SparkEnsemble() {}

    /** Item columns: idx, the five parameters, collapse_week (NaN if none), metric_values (in the plan's order). */
    public static final StructType SCHEMA = new StructType()
            .add("idx", DataTypes.LongType, false)
            .add("recruitment", DataTypes.DoubleType, false)
            .add("incapacitation", DataTypes.DoubleType, false)
            .add("conflict", DataTypes.DoubleType, false)
            .add("saturation", DataTypes.DoubleType, false)
            .add("initial_members", DataTypes.DoubleType, false)
            .add("collapse_week", DataTypes.DoubleType, true)
            .add("metric_values", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    /** Every run of the job, computed lazily by Spark in {@code partitions} partitions. */
    public static Dataset<Row> items(SparkSession spark, EnsembleJob job, int partitions) {
        requireSerializable(job);
        JavaRDD<Row> rows = spark.range(0, job.runs(), 1, partitions).javaRDD().mapPartitions(new Evaluate(job));
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** A row back as a run summary. */
    public static RunSummary summary(Row r) {
        NetworkParameters p = new NetworkParameters(r.getDouble(1), r.getDouble(2), r.getDouble(3), r.getDouble(4), r.getDouble(5));
        List<Double> v = r.getList(7);
        double[] values = new double[v.size()];
        for (int k = 0; k < values.length; k++) values[k] = v.get(k);
        return new RunSummary(r.getLong(0), p, r.isNullAt(6) ? Double.NaN : r.getDouble(6), values);
    }

    static Row row(RunSummary s) {
        double[] p = s.parameters().toArray();
        Double[] values = new Double[s.size()];
        for (int k = 0; k < values.length; k++) values[k] = s.value(k);
        return RowFactory.create(s.index(), p[0], p[1], p[2], p[3], p[4], s.collapseWeek(), values);
    }

    /** Fails early, on the driver, with a message naming the part that Spark could not ship. */
    static void requireSerializable(Object o) {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(o);
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("cannot send the job to Spark executors: " + e.getMessage()
                    + " is not Serializable (use a Serializable parameter distribution and lever draw)", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the job: " + e.getMessage(), e);
        }
    }

    /** Builds the evaluator once per partition (it loads the bundled network) and maps indices to rows. */
    private static final class Evaluate implements FlatMapFunction<Iterator<Long>, Row> {
        private static final long serialVersionUID = 1L;
        private final EnsembleJob job;

        Evaluate(EnsembleJob job) { this.job = job; }

        @Override
        public Iterator<Row> call(Iterator<Long> indices) {
            RunEvaluator evaluator = job.evaluator();
            return new Iterator<>() {
                @Override public boolean hasNext() { return indices.hasNext(); }

                @Override public Row next() { return row(evaluator.evaluate(indices.next())); }
            };
        }
    }
}
