package org.cartellab.spark;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.cartellab.sensitivity.SaltelliDesign;
import org.cartellab.sensitivity.SobolAnalysis;
import org.cartellab.sensitivity.SobolResult;
import org.cartellab.sensitivity.UnitCubeModel;
import scala.Tuple2;

/**
 * Sobol indices with the model evaluations on Spark: the Saltelli design's rows are distributed, each evaluated with
 * the same {@link SaltelliDesign#point(long)} as locally, and the outputs collected (rows x outputs doubles) for the
 * same estimator, {@link SobolAnalysis#estimate}. The model must be Serializable.
 */
public final class SparkSensitivity {
    private SparkSensitivity() {}

    public static SobolResult analyse(SparkSession spark, UnitCubeModel model, int baseSize, int partitions, long bootstrapSeed, int resamples) {
        SparkEnsemble.requireSerializable(model);
        SaltelliDesign design = SaltelliDesign.of(baseSize, model.inputs().size());
        int rows = Math.toIntExact(design.rows());
        List<Tuple2<Long, double[]>> out = spark.range(0, rows, 1, partitions).javaRDD()
                .map(r -> new Tuple2<>(r, model.value(design.point(r))))
                .collect();
        double[][] y = new double[rows][];
        for (Tuple2<Long, double[]> t : out) y[Math.toIntExact(t._1())] = t._2();
        return SobolAnalysis.estimate(design, model.inputs(), model.outputs(), y, bootstrapSeed, resamples);
    }
}
