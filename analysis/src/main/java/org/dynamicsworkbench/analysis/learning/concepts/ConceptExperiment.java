package org.dynamicsworkbench.analysis.learning.concepts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.DivergedException;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ScalarSink;
import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.dynamicsworkbench.analysis.learning.Tensor;

/**
 * A conditional DDPM learning the 2x2 vector concept task (spec section 3.4 (A)). One {@link #advance()} draws a
 * fresh batch from the three training classes (uniformly), a timestep {@code t} and noise {@code eps} per sample,
 * forms {@code x_t = sqrt(alphaBar_t) x0 + sqrt(1 - alphaBar_t) eps}, and takes one AdamW step (beta 0.9/0.999,
 * eps 1e-8, decoupled weight decay as in PyTorch) on the mean squared error of the predicted noise. The
 * denoiser's input is {@code [x_t (3), conditioning, sinusoidal t-embedding (16)]}.
 *
 * <p>Cheap scalar: {@code loss} (the last step's batch loss; NaN at step 0). Full scalars, from ancestral sampling
 * of {@code eval-samples} per prompt ({@link ConceptSampler}): {@code concept_k_1}, {@code concept_k_2} for class
 * k = 0..3 and {@code overprompt_3_1}, {@code overprompt_3_2}. Checkpoints hold the parameters, the Adam moments,
 * the training random state and the derived tensor {@code concept_points} (5 x 2: classes 0..3 and the
 * over-prompted held-out prompt).
 */
public final class ConceptExperiment implements Experiment {
    static final String PARAMETERS = "parameters";
    static final String ADAM_M = "adam_m";
    static final String ADAM_V = "adam_v";
    static final String LAST_LOSS = "last_loss";
    static final String RANDOM = "train_random";
    /** The derived 5 x 2 tensor of concept coordinates. */
    public static final String CONCEPT_POINTS = "concept_points";
    private static final long TRAIN_STREAM = 0x3C6EF372FE94F82BL;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPS = 1e-8;

    private final ConceptConfig config;
    private final DenoiserMlp mlp;
    private final DiffusionSchedule schedule;
    private final ConceptSampler sampler;
    private final SeededRandom rng;
    private final float[][] theta;
    private final float[][] m;
    private final float[][] v;
    private final float[][] grad;
    private final float[][] middleTransposed;
    private final DenoiserMlp.Workspace ws;
    private final float[][] target;
    private final float[][] dOut;
    private final float[] classPrompt;
    private long step;
    private double lastLoss;
    private long evaluatedStep = -1;
    private double[] evaluated;

    private ConceptExperiment(ConceptConfig config, float[] theta, float[] m, float[] v, SeededRandom rng, long step,
            double lastLoss) {
        this.config = config;
        int cond = config.conditioning().dims();
        this.mlp = new DenoiserMlp(3 + cond + DiffusionSchedule.EMBEDDING, config.hidden1(), config.hidden2(), 3);
        this.schedule = new DiffusionSchedule(config.timesteps(), config.betaStart(), config.betaEnd());
        this.sampler = new ConceptSampler(config, mlp, schedule);
        this.rng = rng;
        this.step = step;
        this.lastLoss = lastLoss;
        this.theta = theta != null ? mlp.unflatten(theta) : mlp.newParameters();
        if (theta == null) {
            mlp.initialise(this.theta, rng);
        }
        this.m = m != null ? mlp.unflatten(m) : mlp.newParameters();
        this.v = v != null ? mlp.unflatten(v) : mlp.newParameters();
        grad = mlp.newParameters();
        middleTransposed = new float[config.hidden2()][config.hidden1()];
        mlp.transposeMiddle(this.theta, middleTransposed);
        ws = mlp.new Workspace(config.batch(), true);
        target = new float[config.batch()][3];
        dOut = new float[config.batch()][3];
        classPrompt = new float[cond];
    }

    /** A fresh run at step 0 (initialisation from the seed). */
    public static ConceptExperiment create(ConceptConfig config) {
        return new ConceptExperiment(config, null, null, null, new SeededRandom(config.seed() ^ TRAIN_STREAM), 0,
                Double.NaN);
    }

    /** Continues from a checkpoint of a run with this configuration. */
    public static ConceptExperiment restore(ConceptConfig config, Checkpoint checkpoint) {
        int size = new DenoiserMlp(3 + config.conditioning().dims() + DiffusionSchedule.EMBEDDING, config.hidden1(),
                config.hidden2(), 3).size;
        float[] theta = vector(checkpoint, PARAMETERS, size);
        float[] m = vector(checkpoint, ADAM_M, size);
        float[] v = vector(checkpoint, ADAM_V, size);
        double loss = checkpoint.tensor(LAST_LOSS).get(0, 0);
        return new ConceptExperiment(config, theta, m, v, SeededRandom.fromState(checkpoint.integers(RANDOM)),
                checkpoint.step(), loss);
    }

    private static float[] vector(Checkpoint c, String name, int size) {
        Tensor t = c.tensor(name);
        if (t.size() != size) {
            throw new IllegalArgumentException("checkpoint tensor '" + name + "' has " + t.size()
                    + " values, the configured denoiser needs " + size);
        }
        return t.toFloats();
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public void advance() {
        int b = config.batch();
        int cond = classPrompt.length;
        for (int r = 0; r < b; r++) {
            float[] x = ws.in[r];
            int k = rng.nextInt(3);
            int c1 = ConceptPrompts.corner1(k);
            int c2 = ConceptPrompts.corner2(k);
            double z1 = c1 * config.sep1() + config.s1() * rng.nextGaussian();
            double z2 = c2 * config.sep2() + config.s2() * rng.nextGaussian();
            double nu = (rng.nextInt(2) == 0 ? -1 : 1) + config.nuisance() * rng.nextGaussian();
            int t = rng.nextInt(schedule.steps);
            double signal = Math.sqrt(schedule.alphaBar[t]);
            double noise = Math.sqrt(1 - schedule.alphaBar[t]);
            double e0 = rng.nextGaussian();
            double e1 = rng.nextGaussian();
            double e2 = rng.nextGaussian();
            target[r][0] = (float) e0;
            target[r][1] = (float) e1;
            target[r][2] = (float) e2;
            x[0] = (float) (signal * z1 + noise * e0);
            x[1] = (float) (signal * z2 + noise * e1);
            x[2] = (float) (signal * nu + noise * e2);
            if (config.conditioning() == Conditioning.CLASSY) {
                ConceptPrompts.write(config, k, 1, x, 3);
            } else {
                x[3] = (float) z1;
                x[4] = (float) z2;
            }
            System.arraycopy(schedule.embedding, t * DiffusionSchedule.EMBEDDING, x, 3 + cond,
                    DiffusionSchedule.EMBEDDING);
        }
        mlp.forward(theta, ws, b);
        double loss = 0;
        float scale = 2f / (3 * b);
        for (int r = 0; r < b; r++) {
            for (int o = 0; o < 3; o++) {
                float e = ws.out[r][o] - target[r][o];
                loss += (double) e * e;
                dOut[r][o] = scale * e;
            }
        }
        loss /= 3 * b;
        step++;
        if (!Double.isFinite(loss)) {
            throw new DivergedException(step, "denoising loss is " + loss);
        }
        for (float[] row : grad) {
            java.util.Arrays.fill(row, 0f);
        }
        mlp.backward(theta, middleTransposed, ws, dOut, b, grad);
        adamW();
        mlp.transposeMiddle(theta, middleTransposed);
        lastLoss = loss;
    }

    private void adamW() {
        float lr = (float) config.lr();
        float decay = (float) (1 - config.lr() * config.weightDecay());
        float b1 = (float) BETA1;
        float b2 = (float) BETA2;
        float c1 = (float) (1 / (1 - Math.pow(BETA1, step)));
        float c2 = (float) (1 / (1 - Math.pow(BETA2, step)));
        float eps = (float) ADAM_EPS;
        for (int r = 0; r < theta.length; r++) {
            float[] p = theta[r];
            float[] g = grad[r];
            float[] mr = m[r];
            float[] vr = v[r];
            for (int i = 0; i < p.length; i++) {
                float mi = b1 * mr[i] + (1 - b1) * g[i];
                float vi = b2 * vr[i] + (1 - b2) * g[i] * g[i];
                mr[i] = mi;
                vr[i] = vi;
                p[i] = p[i] * decay - lr * (mi * c1) / ((float) Math.sqrt(vi * c2) + eps);
            }
            for (float value : p) {
                if (!Float.isFinite(value)) {
                    throw new DivergedException(step, "a denoiser parameter became non-finite");
                }
            }
        }
    }

    @Override
    public void cheapScalars(ScalarSink out) {
        out.put("loss", lastLoss);
    }

    @Override
    public void fullScalars(ScalarSink out) {
        double[] c = coordinates();
        for (int k = 0; k < ConceptPrompts.CLASSES; k++) {
            out.put("concept_" + k + "_1", c[k * 2]);
            out.put("concept_" + k + "_2", c[k * 2 + 1]);
        }
        out.put("overprompt_3_1", c[ConceptPrompts.OVERPROMPT * 2]);
        out.put("overprompt_3_2", c[ConceptPrompts.OVERPROMPT * 2 + 1]);
    }

    /** The 5 x 2 concept coordinates at the current step (computed once per step). */
    private double[] coordinates() {
        if (evaluatedStep != step) {
            evaluated = sampler.coordinates(theta, step);
            evaluatedStep = step;
        }
        return evaluated;
    }

    @Override
    public Checkpoint checkpoint() {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put(PARAMETERS, Tensor.vector(mlp.flatten(theta)));
        tensors.put(ADAM_M, Tensor.vector(mlp.flatten(m)));
        tensors.put(ADAM_V, Tensor.vector(mlp.flatten(v)));
        tensors.put(LAST_LOSS, Tensor.vector(new double[] {lastLoss}));
        tensors.put(CONCEPT_POINTS, new Tensor(ConceptPrompts.COUNT, 2, coordinates()));
        // the Adam moments are needed only to resume: the run store keeps them in the newest checkpoint alone
        return new Checkpoint(step, tensors, Map.of(RANDOM, rng.state()), java.util.Set.of(ADAM_M, ADAM_V));
    }
}
