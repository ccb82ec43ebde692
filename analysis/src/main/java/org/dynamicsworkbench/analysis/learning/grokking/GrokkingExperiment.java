package org.dynamicsworkbench.analysis.learning.grokking;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.DivergedException;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ScalarSink;
import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.dynamicsworkbench.analysis.learning.Tensor;

/**
 * One grokking run in memory (spec section 1.2): the seeded split, the MLP in a {@link GrokkingEngine}, and the
 * scalars and view tensors of section 1.3. The seed drives one {@link SeededRandom}: first the shuffle of the
 * p^2 pairs, then the initialisation of U, V, W; nothing random happens after that, so a checkpoint holds
 * no random-source state, only {@code adam_t}.
 */
public final class GrokkingExperiment implements Experiment {
    private final GrokkingConfig config;
    private final GrokkingSplit split;
    private final GrokkingEngine engine;
    private final GrokkingMeasures measures;
    private final float[] initialU;
    private final float[] initialV;
    private final float[] initialW;
    private final float[] logits;
    private final int[] keyFrequencies;
    private long step;

    private long evaluatedAt = -1;
    private Evaluation evaluation;

    private GrokkingExperiment(GrokkingConfig config, GrokkingSplit split, GrokkingState initial, GrokkingState start,
                               long step) {
        this.config = config;
        this.split = split;
        this.engine = GrokkingEngines.create(config, split, start);
        this.measures = new GrokkingMeasures(config.p());
        this.initialU = initial.u();
        this.initialV = initial.v();
        this.initialW = initial.w();
        this.logits = new float[config.p() * config.p() * config.p()];
        this.keyFrequencies = config.keyFrequencies().stream().mapToInt(Integer::intValue).toArray();
        this.step = step;
    }

    /** A fresh run at step 0. */
    public static GrokkingExperiment create(GrokkingConfig config) {
        SeededRandom random = new SeededRandom(config.seed());
        GrokkingSplit split = GrokkingSplit.shuffle(config.p(), config.trainPairs(), random);
        GrokkingState initial = GrokkingState.initial(config.p(), config.width(), random);
        return new GrokkingExperiment(config, split, initial, initial, 0);
    }

    /**
     * A run continuing from a checkpoint of this configuration (the split and initial parameters, needed for
     * the relative change, are regenerated from the seed).
     *
     * @throws IllegalArgumentException naming a missing or misshapen checkpoint entry
     */
    public static GrokkingExperiment restore(GrokkingConfig config, Checkpoint checkpoint) {
        SeededRandom random = new SeededRandom(config.seed());
        GrokkingSplit split = GrokkingSplit.shuffle(config.p(), config.trainPairs(), random);
        GrokkingState initial = GrokkingState.initial(config.p(), config.width(), random);
        GrokkingState state = GrokkingState.fromCheckpoint(config.p(), config.width(), checkpoint);
        if (state.t() != checkpoint.step()) {
            throw new IllegalArgumentException("checkpoint at step " + checkpoint.step() + " has adam_t = "
                    + state.t() + "; they must agree");
        }
        return new GrokkingExperiment(config, split, initial, state, checkpoint.step());
    }

    public GrokkingConfig config() {
        return config;
    }

    /** The data split (train and test pairs). */
    public GrokkingSplit split() {
        return split;
    }

    @Override
    public String backend() {
        return engine.backend();
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public void advance() {
        double loss = engine.step();
        if (!Double.isFinite(loss)) {
            throw new DivergedException(step, "train loss is " + loss);
        }
        step++;
        double norm = engine.weightNormSq();
        if (!Double.isFinite(norm)) {
            throw new DivergedException(step, "a parameter is not finite (weight norm " + norm + ")");
        }
    }

    @Override
    public void cheapScalars(ScalarSink out) {
        Evaluation e = evaluate();
        out.put("train_loss", e.trainLoss);
        out.put("test_loss", e.testLoss);
        out.put("train_acc", e.trainAcc);
        out.put("test_acc", e.testAcc);
        GrokkingState s = engine.state();
        double du = distanceSq(s.u(), initialU);
        double dv = distanceSq(s.v(), initialV);
        double dw = distanceSq(s.w(), initialW);
        double nu = normSq(initialU);
        double nv = normSq(initialV);
        double nw = normSq(initialW);
        out.put("weight_norm_sq", normSq(s.u()) + normSq(s.v()) + normSq(s.w()));
        out.put("rel_change", Math.sqrt((du + dv + dw) / (nu + nv + nw)));
        out.put("rel_change_U", Math.sqrt(du / nu));
        out.put("rel_change_V", Math.sqrt(dv / nv));
        out.put("rel_change_W", Math.sqrt(dw / nw));
    }

    @Override
    public void fullScalars(ScalarSink out) {
        GrokkingState s = engine.state();
        int n = config.width();
        int p = config.p();
        double[] iprU = measures.ipr(measures.powerFractions(s.u(), n, p, 1));
        out.put("ipr_mean_U", GrokkingMeasures.mean(iprU));
        out.put("ipr_mean_V", GrokkingMeasures.mean(measures.ipr(measures.powerFractions(s.v(), n, p, 1))));
        out.put("ipr_mean_W", GrokkingMeasures.mean(measures.ipr(measures.powerFractions(s.w(), n, 1, n))));
        out.put("periodic_fraction", GrokkingMeasures.periodicFraction(iprU));
        int[] train = split.trainPairs();
        int m = Math.min(train.length, 512);
        double[] zc = GrokkingMeasures.centredFeatures(s.u(), s.v(), p, n, train, m);
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            labels[i] = split.label(train[i]);
        }
        out.put("cka", GrokkingMeasures.cka(zc, m, n, labels, p));
        out.put("eff_rank_Z", GrokkingMeasures.effectiveRank(zc, m, n));
        if (keyFrequencies.length > 0) {
            evaluate();
            out.put("restricted_loss", measures.restrictedLoss(logits, keyFrequencies, split));
            out.put("excluded_loss", measures.excludedLoss(logits, keyFrequencies, split));
        }
    }

    @Override
    public Checkpoint checkpoint() {
        GrokkingState s = engine.state();
        int n = config.width();
        int p = config.p();
        Map<String, Tensor> tensors = new LinkedHashMap<>(s.tensors());
        Evaluation e = evaluate();
        tensors.put("test_grid", Tensor.matrix(p, p, e.grid));
        double[] power = measures.powerFractions(s.u(), n, p, 1);
        int f = measures.frequencies();
        if (f >= 1) {
            tensors.put("fourier_U", new Tensor(n, f, power));
            tensors.put("dominant_freq", Tensor.vector(measures.dominantFrequency(power)));
            tensors.put("ipr_U", Tensor.vector(measures.ipr(power)));
        }
        Map<String, long[]> integers = new LinkedHashMap<>();
        integers.put("adam_t", new long[] {s.t()});
        return new Checkpoint(step, tensors, integers);
    }

    /** Losses, accuracies and the correctness grid at the current step (computed once per step). */
    private Evaluation evaluate() {
        if (evaluatedAt == step) {
            return evaluation;
        }
        engine.logitsOfAllPairs(logits);
        int p = config.p();
        double trainLoss = 0;
        double testLoss = 0;
        int trainCorrect = 0;
        int testCorrect = 0;
        float[] grid = new float[p * p];
        for (int pair = 0; pair < p * p; pair++) {
            int label = split.label(pair);
            int row = pair * p;
            double loss = 0;
            int best = 0;
            for (int c = 0; c < p; c++) {
                double d = logits[row + c] - (c == label ? 1.0 : 0.0);
                loss += d * d;
                if (logits[row + c] > logits[row + best]) {
                    best = c;
                }
            }
            boolean correct = best == label;
            if (split.isTrain(pair)) {
                trainLoss += loss;
                trainCorrect += correct ? 1 : 0;
                grid[pair] = correct ? 2 : 3;
            } else {
                testLoss += loss;
                testCorrect += correct ? 1 : 0;
                grid[pair] = correct ? 1 : 0;
            }
        }
        int nTrain = split.trainSize();
        int nTest = split.testSize();
        evaluation = new Evaluation(trainLoss / ((double) nTrain * p), testLoss / ((double) nTest * p),
                trainCorrect / (double) nTrain, testCorrect / (double) nTest, grid);
        evaluatedAt = step;
        return evaluation;
    }

    private record Evaluation(double trainLoss, double testLoss, double trainAcc, double testAcc, float[] grid) {
    }

    private static double normSq(float[] a) {
        double s = 0;
        for (float x : a) {
            s += (double) x * x;
        }
        return s;
    }

    private static double distanceSq(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (double) a[i] - b[i];
            s += d * d;
        }
        return s;
    }
}
