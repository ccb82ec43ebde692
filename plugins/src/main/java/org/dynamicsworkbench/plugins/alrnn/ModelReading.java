package org.dynamicsworkbench.plugins.alrnn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dynamicsworkbench.analysis.alrnn.AlRnn;
import org.dynamicsworkbench.analysis.alrnn.AlRnnShape;
import org.dynamicsworkbench.analysis.alrnn.regions.Cycle;
import org.dynamicsworkbench.analysis.alrnn.regions.Cycles;
import org.dynamicsworkbench.analysis.alrnn.regions.FixedPoint;
import org.dynamicsworkbench.analysis.alrnn.regions.FixedPoints;
import org.dynamicsworkbench.analysis.alrnn.regions.SymbolicCode;
import org.dynamicsworkbench.analysis.alrnn.run.AlRnnRun;
import org.dynamicsworkbench.analysis.alrnn.run.Checkpoint;
import org.dynamicsworkbench.analysis.alrnn.run.RunDirectory;
import org.dynamicsworkbench.analysis.alrnn.run.RunFormatException;
import org.dynamicsworkbench.analysis.alrnn.train.EpochRecord;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingData;

/**
 * One checkpoint of a run read as the tool shows it: the observed part of a free run (after a transient, from the
 * latent state the model maps the first data row to) with its symbolic code, the fixed point of every region, the
 * cycles up to {@value #MAX_CYCLE_ORDER}, the run's metrics and the first rows of its (standardised) data. Observed
 * coordinates are the data's standardised ones. Immutable.
 *
 * @param run         the run folder
 * @param epoch       the checkpoint's epoch
 * @param shape       the model's M, P, N
 * @param observed    free run, {@code steps x N} row-major
 * @param code        the regions along the free run
 * @param fixedPoints one per region, real or virtual
 * @param cycles      cycles of order 2 to {@value #MAX_CYCLE_ORDER}
 * @param metrics     every epoch's record so far
 * @param data        the first {@code steps} rows of the data (fewer if it is shorter), N columns
 */
public record ModelReading(Path run, int epoch, AlRnnShape shape, double[] observed, SymbolicCode code,
                           List<FixedPoint> fixedPoints, List<Cycle> cycles, List<EpochRecord> metrics, double[] data) {
    /** Free-run steps discarded before the code starts (as {@code analyze alrnn}). */
    public static final int TRANSIENT = 1000;
    public static final int MAX_CYCLE_ORDER = 4;

    public ModelReading {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(shape, "shape");
        observed = observed.clone();
        data = data.clone();
        fixedPoints = List.copyOf(fixedPoints);
        cycles = List.copyOf(cycles);
        metrics = List.copyOf(metrics);
        if (observed.length != code.length() * shape.observed()) {
            throw new IllegalArgumentException("the free run has " + observed.length / shape.observed()
                    + " rows, the code " + code.length());
        }
    }

    /**
     * Reads the run's best checkpoint (lowest D_stsp; the latest while none has a finite one).
     *
     * @throws RunFormatException when the folder is not a run or has no checkpoint yet
     */
    public static ModelReading ofBest(RunDirectory run, int steps) throws IOException {
        Checkpoint checkpoint = run.bestCheckpoint().orElseThrow(
                () -> new RunFormatException(run.path(), "has no checkpoint yet (train it first)"));
        return of(run, checkpoint, steps);
    }

    /** Reads {@code checkpoint} of {@code run} along a free run of {@code steps} steps. */
    public static ModelReading of(RunDirectory run, Checkpoint checkpoint, int steps) throws IOException {
        AlRnn model = run.model(checkpoint);
        TrainingData data = AlRnnRun.loadData(run);
        int m = model.shape().latent();
        int n = model.shape().observed();
        double[] z = new double[m];
        model.initialState(data.rows(0, 1), z);
        double[] next = new double[m];
        for (int t = 0; t < TRANSIENT; t++) {
            model.step(z, next);
            double[] swap = z;
            z = next;
            next = swap;
        }
        double[] latent = model.freeRunLatent(z, steps);
        double[] observed = new double[steps * n];
        int[] symbols = new int[steps];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(latent, t * m, observed, t * n, n);
            symbols[t] = model.region(latent, t * m);
        }
        SymbolicCode code = SymbolicCode.of(symbols);
        List<FixedPoint> fixed = model.shape().piecewise() <= FixedPoints.MAX_PIECEWISE_ALL_REGIONS
                ? FixedPoints.ofAllRegions(model) : FixedPoints.of(model, code.visited());
        List<Cycle> cycles = new Cycles(model).find(MAX_CYCLE_ORDER, 1L << 16, 10, 20, 1);
        return new ModelReading(run.path(), checkpoint.epoch(), model.shape(), observed, code, fixed, cycles,
                run.metrics(), data.rows(0, Math.min(steps, data.rows())));
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    @Override
    public double[] data() {
        return data.clone();
    }

    /** Free-run steps. */
    public int steps() {
        return code.length();
    }

    /** The real fixed points (inside their own region). */
    public List<FixedPoint> realFixedPoints() {
        return fixedPoints.stream().filter(FixedPoint::real).toList();
    }

    /** The number of steps spent in {@code region} along the free run (0 when never visited). */
    public long occupancy(int region) {
        int rank = code.rank(region);
        return rank < 0 ? 0 : code.occupancy()[rank];
    }
}
