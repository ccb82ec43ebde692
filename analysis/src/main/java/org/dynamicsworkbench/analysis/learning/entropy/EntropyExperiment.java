package org.dynamicsworkbench.analysis.learning.entropy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.DivergedException;
import org.dynamicsworkbench.analysis.learning.Experiment;
import org.dynamicsworkbench.analysis.learning.ScalarSink;
import org.dynamicsworkbench.analysis.learning.SeededRandom;
import org.dynamicsworkbench.analysis.learning.Tensor;

/**
 * GRPO on the entropy-collapse bandit (spec sections 2.2-2.4). One {@link #advance()} is one rollout batch:
 * sample {@code prompts-per-step} distinct training prompts, draw G answers each from the current policy
 * (reward 1 for the teacher's answer), compute group-normalised advantages {@code (r - mean)/(std + 1e-6)}
 * (unbiased std), then take {@code minibatches} SGD steps on consecutive groups of prompts. Each update uses the
 * token-mean of the per-token loss of the configured {@link EntropyMode}, with the ratio taken against the
 * rollout policy, so the later mini-batches see the drift of the earlier ones (through which KL-Cov acts). The
 * gradient of {@code log pi(a)} with respect to the scaled logits is {@code e_a - pi}.
 *
 * <p>Cheap scalars (every step): {@code entropy_train}, {@code entropy_test} (mean policy entropy in nats),
 * {@code reward_expected} (held-out expected accuracy R), {@code reward_greedy} (held-out argmax accuracy),
 * {@code reward_train} (expected accuracy on the training prompts),
 * {@code batch_reward}, {@code token_cov} (mean centred product of advantage and rollout log-probability over the
 * batch's tokens), {@code dh_predicted} (mean over the batch prompts of {@code -Cov_pi(log pi, dz)} from the
 * actual before/after logits), {@code dh_measured} (the actual mean entropy change on those prompts),
 * {@code n_intervened} (tokens picked by Clip-Cov or penalised by KL-Cov in the step) and {@code n_ppo_clipped}
 * (tokens whose gradient the PPO clamp dropped). The batch scalars are NaN at step 0.
 */
public final class EntropyExperiment implements Experiment {
    static final String WEIGHTS = "policy_weights";
    static final String LAST_STEP = "last_step_scalars";
    static final String RANDOM = "rollout_random";
    private static final long ROLLOUT_STREAM = 0x6A09E667F3BCC909L;
    private static final double ADVANTAGE_EPS = 1e-6;

    private final EntropyConfig config;
    private final BanditTask task;
    private final SeededRandom rng;
    private final double[] w;
    private long step;
    // the last step's batch scalars: batch_reward, token_cov, dh_predicted, dh_measured, n_intervened, n_ppo_clipped
    private final double[] last = new double[6];

    // work arrays (no allocation per step)
    private final int[] order;
    private final int[] prompt;
    private final int[] action;
    private final double[] reward;
    private final double[] advantage;
    private final double[] logpOld;
    private final double[] logitsOld;
    private final double[] probsOld;
    private final double[] logits;
    private final double[] probs;
    private final double[] logp;
    private final double[] cov;
    private final boolean[] dropped;
    private final boolean[] penalised;
    private final int[] candidates;
    private final double[] gradLogits;
    private final double[] grad;
    private final double[] evalLogits;
    private final double[] evalProbs;

    EntropyExperiment(EntropyConfig config, BanditTask task, double[] weights, SeededRandom rng, long step,
            double[] lastScalars) {
        this.config = config;
        this.task = task;
        this.w = weights.clone();
        this.rng = rng;
        this.step = step;
        System.arraycopy(lastScalars, 0, last, 0, last.length);
        int a = config.answers();
        int p = config.promptsPerStep();
        int n = p * config.groupSize();
        int perMinibatch = n / config.minibatches();
        order = new int[config.trainPrompts()];
        prompt = new int[p];
        action = new int[n];
        reward = new double[n];
        advantage = new double[n];
        logpOld = new double[n];
        logitsOld = new double[p * a];
        probsOld = new double[p * a];
        logits = new double[p * a];
        probs = new double[p * a];
        logp = new double[perMinibatch];
        cov = new double[perMinibatch];
        dropped = new boolean[perMinibatch];
        penalised = new boolean[perMinibatch];
        candidates = new int[perMinibatch];
        gradLogits = new double[a];
        grad = new double[a * config.contexts()];
        evalLogits = new double[a];
        evalProbs = new double[a];
    }

    /** A fresh run at step 0 (the task and initial policy regenerated from the seed). */
    public static EntropyExperiment create(EntropyConfig config) {
        BanditTask task = new BanditTask(config);
        double[] nan = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        return new EntropyExperiment(config, task, task.initialWeights, new SeededRandom(config.seed() ^ ROLLOUT_STREAM),
                0, nan);
    }

    /** Continues from a checkpoint of a run with this configuration. */
    public static EntropyExperiment restore(EntropyConfig config, Checkpoint checkpoint) {
        BanditTask task = new BanditTask(config);
        Tensor weights = checkpoint.tensor(WEIGHTS);
        if (weights.rows() != config.answers() || weights.columns() != config.contexts()) {
            throw new IllegalArgumentException("checkpoint tensor '" + WEIGHTS + "' is " + weights.rows() + " x "
                    + weights.columns() + ", expected " + config.answers() + " x " + config.contexts());
        }
        Tensor lastScalars = checkpoint.tensor(LAST_STEP);
        if (lastScalars.size() != 6) {
            throw new IllegalArgumentException("checkpoint tensor '" + LAST_STEP + "' needs 6 values, got "
                    + lastScalars.size());
        }
        return new EntropyExperiment(config, task, weights.data(), SeededRandom.fromState(checkpoint.integers(RANDOM)),
                checkpoint.step(), lastScalars.data());
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public void advance() {
        int a = config.answers();
        int d = config.contexts();
        int g = config.groupSize();
        int p = config.promptsPerStep();
        double t = config.temperature();
        samplePrompts(p);
        double rewardSum = 0;
        for (int i = 0; i < p; i++) {
            SoftmaxPolicy.logits(w, a, d, task.train, prompt[i] * d, t, logitsOld, i * a);
            SoftmaxPolicy.softmax(logitsOld, i * a, a, probsOld);
            int label = task.trainLabel[prompt[i]];
            for (int j = 0; j < g; j++) {
                int token = i * g + j;
                int chosen = sample(probsOld, i * a, a);
                action[token] = chosen;
                reward[token] = chosen == label ? 1 : 0;
                logpOld[token] = Math.log(probsOld[i * a + chosen]);
                rewardSum += reward[token];
            }
            groupAdvantages(i * g, g);
        }
        int n = p * g;
        double meanA = 0;
        double meanLogp = 0;
        for (int i = 0; i < n; i++) {
            meanA += advantage[i] / n;
            meanLogp += logpOld[i] / n;
        }
        double tokenCov = 0;
        for (int i = 0; i < n; i++) {
            tokenCov += (advantage[i] - meanA) * (logpOld[i] - meanLogp) / n;
        }
        int intervened = 0;
        int ppoClipped = 0;
        int promptsPerMinibatch = p / config.minibatches();
        for (int m = 0; m < config.minibatches(); m++) {
            long counts = update(m * promptsPerMinibatch, promptsPerMinibatch);
            intervened += (int) (counts >>> 32);
            ppoClipped += (int) counts;
        }
        double predicted = 0;
        double measured = 0;
        for (int i = 0; i < p; i++) {
            SoftmaxPolicy.logits(w, a, d, task.train, prompt[i] * d, t, logits, i * a);
            SoftmaxPolicy.softmax(logits, i * a, a, probs);
            for (int k = 0; k < a; k++) {
                logits[i * a + k] -= logitsOld[i * a + k];
            }
            predicted += SoftmaxPolicy.lemmaEntropyChange(probsOld, logits, i * a, a) / p;
            measured += (SoftmaxPolicy.entropy(probs, i * a, a) - SoftmaxPolicy.entropy(probsOld, i * a, a)) / p;
        }
        step++;
        for (double v : w) {
            if (!Double.isFinite(v)) {
                throw new DivergedException(step, "policy weights became non-finite");
            }
        }
        last[0] = rewardSum / n;
        last[1] = tokenCov;
        last[2] = predicted;
        last[3] = measured;
        last[4] = intervened;
        last[5] = ppoClipped;
    }

    /** Distinct prompts by a partial Fisher-Yates shuffle of the identity. */
    private void samplePrompts(int p) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = 0; i < p; i++) {
            int j = i + rng.nextInt(order.length - i);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
            prompt[i] = order[i];
        }
    }

    private int sample(double[] pr, int off, int n) {
        double u = rng.nextDouble();
        double c = 0;
        for (int k = 0; k < n - 1; k++) {
            c += pr[off + k];
            if (u < c) {
                return k;
            }
        }
        return n - 1;
    }

    /** GRPO: {@code (r - mean) / (std + eps)} with the unbiased standard deviation over the group. */
    private void groupAdvantages(int off, int g) {
        double mean = 0;
        for (int j = 0; j < g; j++) {
            mean += reward[off + j];
        }
        mean /= g;
        double ss = 0;
        for (int j = 0; j < g; j++) {
            double e = reward[off + j] - mean;
            ss += e * e;
        }
        double std = Math.sqrt(ss / (g - 1));
        for (int j = 0; j < g; j++) {
            advantage[off + j] = (reward[off + j] - mean) / (std + ADVANTAGE_EPS);
        }
    }

    /**
     * One SGD step on the token-mean loss of prompts {@code [first, first + count)} of the batch.
     *
     * @return (intervened tokens << 32) | PPO-clipped tokens
     */
    private long update(int first, int count) {
        int a = config.answers();
        int d = config.contexts();
        int g = config.groupSize();
        double t = config.temperature();
        int n = count * g;
        int base = first * g;
        for (int i = first; i < first + count; i++) {
            SoftmaxPolicy.logits(w, a, d, task.train, prompt[i] * d, t, logits, i * a);
            SoftmaxPolicy.softmax(logits, i * a, a, probs);
        }
        double meanA = 0;
        double meanLogp = 0;
        int ppoClipped = 0;
        EntropyMode mode = config.mode();
        for (int k = 0; k < n; k++) {
            int token = base + k;
            int i = token / g;
            logp[k] = Math.log(probs[i * a + action[token]]);
            meanA += advantage[token] / n;
            meanLogp += logp[k] / n;
            dropped[k] = false;
            penalised[k] = false;
            if (mode.usesPpoClip()) {
                double ratio = Math.exp(logp[k] - logpOld[token]);
                double clamped = Math.min(Math.max(ratio, 1 - config.epsLow()), 1 + config.epsHigh());
                double l1 = -advantage[token] * ratio;
                double l2 = -advantage[token] * clamped;
                if (l2 > l1) {
                    dropped[k] = true;
                    ppoClipped++;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            cov[k] = (advantage[base + k] - meanA) * (logp[k] - meanLogp);
        }
        int intervened = 0;
        if (mode == EntropyMode.CLIP_COV) {
            intervened = pickClipCov(n);
        } else if (mode == EntropyMode.KL_COV) {
            intervened = pickTopCovariance(n);
        }
        java.util.Arrays.fill(grad, 0);
        for (int k = 0; k < n; k++) {
            if (dropped[k]) {
                continue;
            }
            int token = base + k;
            int i = token / g;
            int off = i * a;
            double ratio = Math.exp(logp[k] - logpOld[token]);
            // d loss / d log pi(a) for -A ratio (+ beta |logp - logp_old| on penalised tokens)
            double coefficient = -advantage[token] * ratio;
            if (penalised[k]) {
                coefficient += config.klCoef() * Math.signum(logp[k] - logpOld[token]);
            }
            for (int c = 0; c < a; c++) {
                gradLogits[c] = -coefficient * probs[off + c];
            }
            gradLogits[action[token]] += coefficient;
            if (mode == EntropyMode.ENTROPY_BONUS) {
                // d(-coef H)/du_c = coef pi_c (log pi_c + H)
                double h = SoftmaxPolicy.entropy(probs, off, a);
                for (int c = 0; c < a; c++) {
                    double q = probs[off + c];
                    if (q > 0) {
                        gradLogits[c] += config.entropyCoef() * q * (Math.log(q) + h);
                    }
                }
            }
            int x = prompt[i] * d;
            double scale = 1 / (t * n);
            for (int c = 0; c < a; c++) {
                double gc = gradLogits[c] * scale;
                int row = c * d;
                for (int j = 0; j < d; j++) {
                    grad[row + j] += gc * task.train[x + j];
                }
            }
        }
        double lr = config.lr();
        for (int j = 0; j < w.length; j++) {
            w[j] -= lr * grad[j];
        }
        return ((long) intervened << 32) | ppoClipped;
    }

    /** Clip-Cov: drop the gradient of max(int(r n), 1) random tokens among those with lb < cov < ub. */
    private int pickClipCov(int n) {
        int found = 0;
        for (int k = 0; k < n; k++) {
            if (!dropped[k] && cov[k] > config.clipCovLb() && cov[k] < config.clipCovUb()) {
                candidates[found++] = k;
            }
        }
        int picks = Math.min(found, Math.max((int) (config.clipCovRatio() * n), 1));
        for (int i = 0; i < picks; i++) {
            int j = i + rng.nextInt(found - i);
            int tmp = candidates[i];
            candidates[i] = candidates[j];
            candidates[j] = tmp;
            dropped[tmp] = true;
        }
        return picks;
    }

    /** KL-Cov: penalise the max(int(n k / 100), 1) tokens of largest covariance (ties: lower index first). */
    private int pickTopCovariance(int n) {
        int k = Math.max((int) (n * config.klKPercent() / 100), 1);
        k = Math.min(k, n);
        for (int picked = 0; picked < k; picked++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!penalised[i] && (best < 0 || cov[i] > cov[best])) {
                    best = i;
                }
            }
            penalised[best] = true;
        }
        return k;
    }

    @Override
    public void cheapScalars(ScalarSink out) {
        double[] train = policyStats(task.train, task.trainLabel);
        double[] test = policyStats(task.test, task.testLabel);
        out.put("entropy_train", train[0]);
        out.put("entropy_test", test[0]);
        out.put("reward_expected", test[1]);
        out.put("reward_greedy", test[2]);
        out.put("reward_train", train[1]);
        out.put("batch_reward", last[0]);
        out.put("token_cov", last[1]);
        out.put("dh_predicted", last[2]);
        out.put("dh_measured", last[3]);
        out.put("n_intervened", last[4]);
        out.put("n_ppo_clipped", last[5]);
    }

    /** Mean entropy, expected accuracy and greedy accuracy of the current policy on the given prompts. */
    private double[] policyStats(double[] contexts, int[] labels) {
        int a = config.answers();
        int d = config.contexts();
        int n = labels.length;
        double h = 0;
        double expected = 0;
        double greedy = 0;
        for (int p = 0; p < n; p++) {
            SoftmaxPolicy.logits(w, a, d, contexts, p * d, config.temperature(), evalLogits, 0);
            SoftmaxPolicy.softmax(evalLogits, 0, a, evalProbs);
            h += SoftmaxPolicy.entropy(evalProbs, 0, a);
            expected += evalProbs[labels[p]];
            int best = 0;
            for (int c = 1; c < a; c++) {
                if (evalLogits[c] > evalLogits[best]) {
                    best = c;
                }
            }
            greedy += best == labels[p] ? 1 : 0;
        }
        return new double[] {h / n, expected / n, greedy / n};
    }

    @Override
    public Checkpoint checkpoint() {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put(WEIGHTS, new Tensor(config.answers(), config.contexts(), w));
        tensors.put(LAST_STEP, Tensor.vector(last));
        return new Checkpoint(step, tensors, Map.of(RANDOM, rng.state()));
    }
}
