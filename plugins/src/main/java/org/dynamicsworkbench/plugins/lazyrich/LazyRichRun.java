package org.dynamicsworkbench.plugins.lazyrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.dynamicsworkbench.analysis.learning.Checkpoint;
import org.dynamicsworkbench.analysis.learning.ConfigException;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichKind;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.MetricSeries;
import org.dynamicsworkbench.analysis.learning.run.RunFormatException;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunManifest;
import org.dynamicsworkbench.plugins.runs.RunReading;

/**
 * What the tool knows of one lazy-rich run at one moment: its folder, manifest, parsed configuration, every logged
 * scalar, its checkpoint steps and its headline results ({@link LazyRichKind#summarize}: the steps at which train
 * and test loss halve, their ratio, the early test-loss peak). A training run is read again (or grown) as it goes;
 * a reading itself never changes. Checkpoints are read on demand from the folder.
 */
public final class LazyRichRun {
    private static final LazyRichKind KIND = new LazyRichKind();

    private final RunReading reading;
    private final LazyRichConfig config;
    private final Summary summary;

    /**
     * @throws IllegalArgumentException when the manifest is not of the "lazy-rich" kind or its config is invalid
     */
    public LazyRichRun(Path folder, RunManifest manifest, RunHistory history, long[] checkpointSteps) {
        this(new RunReading(folder, manifest, history, checkpointSteps));
    }

    /**
     * The lazy-rich run of a generic reading (which {@link #reading()} gives back as it is).
     *
     * @throws IllegalArgumentException when it is not of the "lazy-rich" kind or its config is invalid
     */
    public LazyRichRun(RunReading reading) {
        this.reading = Objects.requireNonNull(reading, "reading");
        RunManifest manifest = reading.manifest();
        if (!LazyRichKind.NAME.equals(manifest.kind())) {
            throw new IllegalArgumentException(reading.folder() + " holds a '" + manifest.kind() + "' run, not a '"
                    + LazyRichKind.NAME + "' one");
        }
        try {
            this.config = KIND.parseConfig(manifest.config());
        } catch (ConfigException e) {
            throw new IllegalArgumentException(reading.folder() + ": run.json config." + e.getMessage(), e);
        }
        this.summary = Summary.of(KIND.summarize(config, reading.history()));
    }

    /**
     * Reads the run in {@code folder}.
     *
     * @throws IOException naming the file that is missing or malformed, or the folder when it holds another kind
     */
    public static LazyRichRun open(Path folder) throws IOException {
        ExperimentRun run = ExperimentRun.open(folder);
        try {
            return new LazyRichRun(folder.toAbsolutePath().normalize(), run.manifest(), run.history(),
                    run.checkpointSteps());
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(folder, e.getMessage());
        }
    }

    /** This reading with a new history and checkpoint steps (a live run moved on). */
    public LazyRichRun grown(RunHistory newHistory, long[] newSteps) {
        return new LazyRichRun(reading.grown(newHistory, newSteps));
    }

    /** The generic reading this run was made from. */
    public RunReading reading() {
        return reading;
    }

    public Path folder() {
        return reading.folder();
    }

    public RunManifest manifest() {
        return reading.manifest();
    }

    public LazyRichConfig config() {
        return config;
    }

    public RunHistory history() {
        return reading.history();
    }

    public long[] checkpointSteps() {
        return reading.checkpointSteps();
    }

    /** The last checkpoint step, or -1 while there is none. */
    public long lastCheckpoint() {
        long[] steps = reading.checkpointSteps();
        return steps.length == 0 ? -1 : steps[steps.length - 1];
    }

    public Summary summary() {
        return summary;
    }

    /** The run's name in legends: its alpha, e.g. {@code \alpha = 4} (and "centred" for the centred loss). */
    public String label() {
        return "\\alpha = " + LazyRichSetup.number(config.alpha()) + (config.centredLoss() ? " centred" : "");
    }

    /** {@link #label()} as plain text for controls: {@code α = 4}. */
    public String plainLabel() {
        return "\u03b1 = " + LazyRichSetup.number(config.alpha()) + (config.centredLoss() ? " centred" : "");
    }

    /** The series called {@code name}, or null when the run never logged it. */
    public MetricSeries seriesOrNull(String name) {
        return reading.seriesOrNull(name);
    }

    /** Reads the checkpoint at {@code step} from the folder. */
    public Checkpoint readCheckpoint(long step) throws IOException {
        return reading.readCheckpoint(step);
    }

    /**
     * The headline results, from {@link LazyRichKind#summarize}: unreached steps are -1, missing values NaN.
     *
     * @param trainHalfStep   first step with train loss at most half its first value
     * @param testHalfStep    the same for the test loss
     * @param delayRatio      testHalfStep / trainHalfStep (the "grokking delay")
     * @param initialTestLoss the first logged test loss
     * @param peakTestLoss    the largest logged test loss (the early rise; the initial value when it never rises)
     * @param peakTestStep    its step
     * @param finalTestLoss   the last logged test loss
     */
    public record Summary(long trainHalfStep, long testHalfStep, double delayRatio, double initialTestLoss,
                          double peakTestLoss, long peakTestStep, double finalTestLoss) {
        static Summary of(ObjectNode s) {
            return new Summary(step(s, "train_half_step"), step(s, "test_half_step"), value(s, "delay_ratio"),
                    value(s, "initial_test_loss"), value(s, "peak_test_loss"), step(s, "peak_test_step"),
                    value(s, "final_test_loss"));
        }

        /** Whether the test loss rose above its initial value before falling (the kernel fit's rise). */
        public boolean testLossRose() {
            return peakTestStep > 0 && peakTestLoss > initialTestLoss;
        }

        /**
         * One line for the tool: "delay ratio 7.5 (train loss halves at step 440, test loss at 3300); test-loss
         * peak 0.600 at step 250 (initial 0.566)".
         */
        public String line() {
            StringBuilder sb = new StringBuilder();
            sb.append(Double.isNaN(delayRatio) ? "delay ratio: not reached"
                    : String.format(Locale.ROOT, "delay ratio %.1f", delayRatio));
            sb.append(" (train loss halves at ").append(stepText(trainHalfStep)).append(", test loss at ")
                    .append(stepText(testHalfStep)).append("); ");
            if (Double.isNaN(peakTestLoss)) {
                sb.append("no test loss yet");
            } else if (testLossRose()) {
                sb.append(String.format(Locale.ROOT, "test-loss peak %.3g at step %d (initial %.3g)", peakTestLoss,
                        peakTestStep, initialTestLoss));
            } else {
                sb.append(String.format(Locale.ROOT, "test loss never rose above its initial %.3g", initialTestLoss));
            }
            return sb.toString();
        }

        private static String stepText(long step) {
            return step < 0 ? "never" : "step " + step;
        }

        private static long step(ObjectNode s, String name) {
            JsonNode v = s.get(name);
            return v == null || !v.isIntegralNumber() ? -1 : v.longValue();
        }

        private static double value(ObjectNode s, String name) {
            JsonNode v = s.get(name);
            return v == null || !v.isNumber() ? Double.NaN : v.doubleValue();
        }
    }
}
