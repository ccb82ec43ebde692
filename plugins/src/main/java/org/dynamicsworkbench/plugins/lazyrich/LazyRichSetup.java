package org.dynamicsworkbench.plugins.lazyrich;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Objects;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;

/**
 * The next lazy-rich run as the tool's form edits it: the experiment's configuration (validated by
 * {@link LazyRichConfig}) and the number of full-batch steps. {@link #folderName()} names a run folder by these
 * parameters, so the same setup finds its finished run again instead of training it twice.
 *
 * @param config the "lazy-rich" configuration
 * @param steps  the number of gradient steps, in [1, {@value #MAX_STEPS}]
 */
public record LazyRichSetup(LazyRichConfig config, long steps) {
    public static final long DEFAULT_STEPS = 20_000;
    public static final long MAX_STEPS = 10_000_000L;
    /** The alpha slider's range, in powers of two (2^-2 .. 2^5), and its resolution (half an octave). */
    public static final int MIN_ALPHA_LOG2 = -2;
    public static final int MAX_ALPHA_LOG2 = 5;
    public static final double ALPHA_LOG2_STEP = 0.5;

    public LazyRichSetup {
        Objects.requireNonNull(config, "config");
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps: must be an integer in [1, " + MAX_STEPS + "], got " + steps);
        }
    }

    /** The spec's CPU-cheap variant (D 50, P 300, N 200, eps 0.25, alpha 4, c 10, uncentred) for 20000 steps. */
    public static LazyRichSetup defaults() {
        return new LazyRichSetup(LazyRichConfig.defaults(), DEFAULT_STEPS);
    }

    public LazyRichSetup withAlpha(double alpha) {
        return new LazyRichSetup(config.withAlpha(alpha), steps);
    }

    public LazyRichSetup withConfig(LazyRichConfig newConfig) {
        return new LazyRichSetup(newConfig, steps);
    }

    public LazyRichSetup withSteps(long newSteps) {
        return new LazyRichSetup(config, newSteps);
    }

    /** The experiment configuration as the run store keeps it (run.json's "config"). */
    public ObjectNode toConfig() {
        return config.toJson();
    }

    /**
     * The run folder's name: {@code alpha=4,eps=0.25,D=50,P=300,N=200,c=10,seed=0,steps=20000}, followed by
     * {@code ,centred} for the centred loss and {@code ,test=T,ntk=K} when the test or NTK point counts differ from
     * the defaults. Two setups have the same name exactly when they train the same run.
     */
    public String folderName() {
        LazyRichConfig c = config;
        LazyRichConfig d = LazyRichConfig.defaults();
        StringBuilder name = new StringBuilder(String.format(Locale.ROOT, "alpha=%s,eps=%s,D=%d,P=%d,N=%d,c=%s,seed=%d,steps=%d",
                number(c.alpha()), number(c.epsilon()), c.dim(), c.trainSize(), c.width(), number(c.lrScale()), c.seed(),
                steps));
        if (c.centredLoss()) {
            name.append(",centred");
        }
        if (c.testSize() != d.testSize() || c.ntkPoints() != d.ntkPoints()) {
            name.append(",test=").append(c.testSize()).append(",ntk=").append(c.ntkPoints());
        }
        return name.toString();
    }

    /**
     * The alpha the slider gives at position {@code log2}: 2^log2 snapped to the slider's half-octave grid and
     * clamped to its range, rounded to three significant digits (2, 2.83, 4, 5.66, ...), so run names stay short.
     */
    public static double alphaAtSlider(double log2) {
        double snapped = Math.rint(log2 / ALPHA_LOG2_STEP) * ALPHA_LOG2_STEP;
        double clamped = Math.max(MIN_ALPHA_LOG2, Math.min(MAX_ALPHA_LOG2, snapped));
        double alpha = Math.pow(2, clamped);
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", alpha));
    }

    /** Where the slider shows {@code alpha}: log2 alpha, clamped to the slider's range. */
    public static double sliderPosition(double alpha) {
        double log2 = Math.log(alpha) / Math.log(2);
        return Math.max(MIN_ALPHA_LOG2, Math.min(MAX_ALPHA_LOG2, log2));
    }

    /**
     * What Kumar et al.'s code uses for {@code field} (the spec's section 1.5, "Figure 1" and "Figure 3(e)" cells),
     * shown beside the CPU-cheap value; "" for a field it says nothing about.
     */
    public static String paperValue(String field) {
        return switch (field) {
            case "alpha" -> "paper: 1 (Fig. 1); swept 1/32, 1/4, 1/2 .. 32 (the ticks)";
            case "epsilon" -> "paper: 0.25 (Fig. 1), 0.02";
            case "dim" -> "paper: 100";
            case "trainSize" -> "paper: 550";
            case "testSize" -> "paper: 1000";
            case "width" -> "paper: 500";
            case "lrScale" -> "paper: 1; 20 (Fig. 3e)";
            case "centredLoss" -> "paper: off (Fig. 1), on (Fig. 3e)";
            case "ntkPoints" -> "paper: all 1000";
            case "steps" -> "paper: 100000 epochs";
            default -> "";
        };
    }

    /** {@code v} as written in names: an integer without ".0", otherwise the shortest decimal form. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
