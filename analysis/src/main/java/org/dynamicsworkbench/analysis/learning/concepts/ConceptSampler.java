package org.dynamicsworkbench.analysis.learning.concepts;

import java.util.stream.IntStream;
import org.dynamicsworkbench.analysis.learning.SeededRandom;

/**
 * Reads the concept coordinates of the five evaluation prompts ({@link ConceptPrompts}) by DDPM ancestral
 * sampling: {@code x_T ~ N(0, I)}, then for t = T-1 .. 0
 * {@code x_{t-1} = (x_t - beta_t / sqrt(1 - alphaBar_t) eps(x_t, c, t)) / sqrt(alpha_t) + sqrt(beta_t) z}
 * (no noise at t = 0). The coordinate of concept i is the fraction of samples with {@code z_i > sep_i / 2}.
 * Prompts run in parallel, each with its own buffers and its own random source seeded from (seed, step, prompt),
 * so the result does not depend on the number of threads.
 */
final class ConceptSampler {
    private final ConceptConfig config;
    private final DenoiserMlp mlp;
    private final DiffusionSchedule schedule;
    private final DenoiserMlp.Workspace[] workspaces = new DenoiserMlp.Workspace[ConceptPrompts.COUNT];
    private final float[][][] samples = new float[ConceptPrompts.COUNT][][];
    private final float[][] prompts = new float[ConceptPrompts.COUNT][];

    ConceptSampler(ConceptConfig config, DenoiserMlp mlp, DiffusionSchedule schedule) {
        this.config = config;
        this.mlp = mlp;
        this.schedule = schedule;
        for (int p = 0; p < ConceptPrompts.COUNT; p++) {
            prompts[p] = ConceptPrompts.conditioning(config, p);
        }
    }

    /**
     * The coordinates (concept 1, concept 2) of each prompt, 5 x 2 row-major, for the parameters {@code theta}
     * at {@code step}. {@code theta} is only read.
     */
    double[] coordinates(float[][] theta, long step) {
        double[] out = new double[ConceptPrompts.COUNT * 2];
        IntStream.range(0, ConceptPrompts.COUNT).parallel().forEach(p -> samplePrompt(theta, step, p, out));
        return out;
    }

    private void samplePrompt(float[][] theta, long step, int p, double[] out) {
        int n = config.evalSamples();
        if (workspaces[p] == null) {
            workspaces[p] = mlp.new Workspace(n, false);
            samples[p] = new float[n][3];
        }
        DenoiserMlp.Workspace ws = workspaces[p];
        float[][] x = samples[p];
        SeededRandom rng = new SeededRandom(config.seed() * 0x9E3779B97F4A7C15L + step * 0xBF58476D1CE4E5B9L
                + (p + 1) * 0x94D049BB133111EBL);
        for (float[] row : x) {
            for (int o = 0; o < 3; o++) {
                row[o] = (float) rng.nextGaussian();
            }
        }
        int cond = prompts[p].length;
        for (int r = 0; r < n; r++) {
            System.arraycopy(prompts[p], 0, ws.in[r], 3, cond);
        }
        for (int t = schedule.steps - 1; t >= 0; t--) {
            for (int r = 0; r < n; r++) {
                System.arraycopy(x[r], 0, ws.in[r], 0, 3);
                System.arraycopy(schedule.embedding, t * DiffusionSchedule.EMBEDDING, ws.in[r], 3 + cond,
                        DiffusionSchedule.EMBEDDING);
            }
            mlp.forward(theta, ws, n);
            double epsScale = schedule.beta[t] / Math.sqrt(1 - schedule.alphaBar[t]);
            double invSqrtAlpha = 1 / Math.sqrt(schedule.alpha[t]);
            double sigma = t > 0 ? Math.sqrt(schedule.beta[t]) : 0;
            for (int r = 0; r < n; r++) {
                for (int o = 0; o < 3; o++) {
                    double mean = (x[r][o] - epsScale * ws.out[r][o]) * invSqrtAlpha;
                    x[r][o] = (float) (t > 0 ? mean + sigma * rng.nextGaussian() : mean);
                }
            }
        }
        int above1 = 0;
        int above2 = 0;
        double half1 = config.sep1() / 2;
        double half2 = config.sep2() / 2;
        for (int r = 0; r < n; r++) {
            above1 += x[r][0] > half1 ? 1 : 0;
            above2 += x[r][1] > half2 ? 1 : 0;
        }
        out[p * 2] = above1 / (double) n;
        out[p * 2 + 1] = above2 / (double) n;
    }
}
