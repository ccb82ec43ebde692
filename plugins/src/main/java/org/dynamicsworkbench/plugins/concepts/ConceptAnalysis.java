package org.dynamicsworkbench.plugins.concepts;

import java.util.ArrayList;
import java.util.List;
import org.dynamicsworkbench.analysis.learning.concepts.ConceptTrajectory;
import org.dynamicsworkbench.analysis.learning.concepts.GaussianSmoothing;
import org.dynamicsworkbench.analysis.learning.concepts.SeedAverage;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;

/**
 * What the Concept-space views show of several seeds of one setting (spec section 3.3): for each of the five
 * prompts (classes 0..3 and the over-prompted held-out class) the seed-mean trajectory smoothed along checkpoints
 * (sigma 2, truncate 6); for the held-out prompt, naive and over-prompted, the seed spread of each coordinate, the
 * raw trajectory of every seed, each concept's learning time (seed mean smoothed with sigma 1.5, above 0.9 for 3
 * consecutive checkpoints), the sudden turn (largest turning angle of the smoothed trajectory) and the speed
 * |dC/dt| of the smoothed trajectory. Immutable.
 */
public final class ConceptAnalysis {
    /** Smoothing of the trajectories, and of the seed mean before reading learning times (spec section 3.3). */
    public static final double TRAJECTORY_SIGMA = GaussianSmoothing.DEFAULT_SIGMA;
    public static final double LEARNING_TIME_SIGMA = GaussianSmoothing.LEARNING_TIME_SIGMA;
    /** The logged prefixes of the five prompts: classes 0..3, then the over-prompted held-out class. */
    public static final List<String> PROMPTS = List.of("concept_0", "concept_1", "concept_2", "concept_3",
            "overprompt_3");
    /** Index of the held-out class and of its over-prompted version in {@link #PROMPTS}. */
    public static final int HELD_OUT = 3;
    public static final int OVERPROMPT = 4;

    private final int seeds;
    private final List<ConceptTrajectory> smoothed;
    private final List<ConceptTrajectory> means;
    private final List<List<ConceptTrajectory>> perSeed;
    private final List<SeedAverage[]> spreads;

    private ConceptAnalysis(int seeds, List<ConceptTrajectory> smoothed, List<ConceptTrajectory> means,
                            List<List<ConceptTrajectory>> perSeed, List<SeedAverage[]> spreads) {
        this.seeds = seeds;
        this.smoothed = List.copyOf(smoothed);
        this.means = List.copyOf(means);
        this.perSeed = List.copyOf(perSeed);
        this.spreads = List.copyOf(spreads);
    }

    /**
     * Analyses the histories of the seeds of one setting.
     *
     * @throws IllegalArgumentException when there is no history or one has not logged the concept coordinates yet
     */
    public static ConceptAnalysis of(List<RunHistory> histories) {
        if (histories.isEmpty()) {
            throw new IllegalArgumentException("no run to analyse");
        }
        for (RunHistory h : histories) {
            for (String prefix : PROMPTS) {
                if (!h.has(prefix + "_1") || !h.has(prefix + "_2")) {
                    throw new IllegalArgumentException("no concept coordinates logged yet (" + prefix + ")");
                }
            }
        }
        List<ConceptTrajectory> smoothed = new ArrayList<>();
        List<ConceptTrajectory> means = new ArrayList<>();
        for (String prefix : PROMPTS) {
            ConceptTrajectory mean = SeedAverage.trajectory(histories, prefix);
            means.add(mean);
            smoothed.add(mean.smoothed(TRAJECTORY_SIGMA, GaussianSmoothing.DEFAULT_TRUNCATE));
        }
        List<List<ConceptTrajectory>> perSeed = new ArrayList<>();
        List<SeedAverage[]> spreads = new ArrayList<>();
        for (int prompt : new int[] {HELD_OUT, OVERPROMPT}) {
            String prefix = PROMPTS.get(prompt);
            List<ConceptTrajectory> raw = new ArrayList<>();
            for (RunHistory h : histories) {
                raw.add(ConceptTrajectory.of(h, prefix));
            }
            perSeed.add(raw);
            spreads.add(new SeedAverage[] {SeedAverage.of(histories, prefix + "_1"),
                SeedAverage.of(histories, prefix + "_2")});
        }
        return new ConceptAnalysis(histories.size(), smoothed, means, perSeed, spreads);
    }

    /** Number of seeds averaged. */
    public int seeds() {
        return seeds;
    }

    /** The evaluation steps common to every seed (the timeline's steps). */
    public long[] steps() {
        return smoothed.get(HELD_OUT).steps();
    }

    /** The smoothed seed-mean trajectory of prompt {@code p} (index in {@link #PROMPTS}). */
    public ConceptTrajectory trajectory(int prompt) {
        return smoothed.get(prompt);
    }

    /** The seed-mean trajectory of prompt {@code p}, unsmoothed. */
    public ConceptTrajectory meanTrajectory(int prompt) {
        return means.get(prompt);
    }

    /** The raw trajectory of each seed, for the held-out prompt ({@code overprompted} false) or its over-prompt. */
    public List<ConceptTrajectory> seedTrajectories(boolean overprompted) {
        return perSeed.get(overprompted ? 1 : 0);
    }

    /** Mean and sample std over seeds of concept {@code c} (1 or 2) of the held-out prompt or its over-prompt. */
    public SeedAverage spread(boolean overprompted, int concept) {
        return spreads.get(overprompted ? 1 : 0)[concept - 1];
    }

    /** The learning time of concept {@code c} for the held-out prompt or its over-prompt; -1 when never learned. */
    public long learningTime(boolean overprompted, int concept) {
        return means.get(overprompted ? OVERPROMPT : HELD_OUT)
                .smoothed(LEARNING_TIME_SIGMA, GaussianSmoothing.DEFAULT_TRUNCATE).learningTime(concept);
    }

    /** The learning time of concept {@code c} in one seed's trajectory (smoothed like the mean); -1 when never. */
    public static long learningTime(ConceptTrajectory seed, int concept) {
        return seed.smoothed(LEARNING_TIME_SIGMA, GaussianSmoothing.DEFAULT_TRUNCATE).learningTime(concept);
    }

    /** The sudden-turn step of the held-out prompt's smoothed trajectory (or its over-prompt's); -1 when none. */
    public long turnStep(boolean overprompted) {
        return smoothed.get(overprompted ? OVERPROMPT : HELD_OUT).turnStep(ConceptTrajectory.MIN_SEGMENT);
    }

    /** The speed |dC/dt| of the held-out prompt's smoothed trajectory (or its over-prompt's) at each step. */
    public double[] speed(boolean overprompted) {
        return smoothed.get(overprompted ? OVERPROMPT : HELD_OUT).speed();
    }
}
