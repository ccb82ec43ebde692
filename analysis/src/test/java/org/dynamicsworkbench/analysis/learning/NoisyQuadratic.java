package org.dynamicsworkbench.analysis.learning;

import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.learning.run.CheckpointSchedule;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunPlan;

/**
 * A tiny experiment for testing the run machinery: noisy gradient descent x <- x - lr (x - 1) + noise xi on
 * four coordinates. With lr > 2 it diverges (and reports it).
 */
public final class NoisyQuadratic implements Experiment {
    /** The kind, with config fields lr, noise, seed. */
    public static final ExperimentKind<Config> KIND = new Kind();

    /** @param lr step size @param noise noise amplitude @param seed seed */
    public record Config(double lr, double noise, long seed) implements ExperimentConfig {
        @Override
        public ObjectNode toJson() {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("lr", lr);
            o.put("noise", noise);
            o.put("seed", seed);
            return o;
        }
    }

    private final Config config;
    private final double[] x;
    private final double[] velocity = new double[4];
    private SeededRandom random;
    private long step;

    NoisyQuadratic(Config config, double[] x, SeededRandom random, long step) {
        this.config = config;
        this.x = x;
        this.random = random;
        this.step = step;
    }

    @Override
    public long step() {
        return step;
    }

    @Override
    public void advance() {
        for (int i = 0; i < x.length; i++) {
            velocity[i] = -config.lr() * (x[i] - 1) + config.noise() * random.nextGaussian();
            x[i] += velocity[i];
            if (!Double.isFinite(x[i])) {
                step++;
                throw new DivergedException(step, "x[" + i + "] is " + x[i]);
            }
        }
        step++;
    }

    @Override
    public void cheapScalars(ScalarSink out) {
        double loss = 0;
        for (double v : x) {
            loss += (v - 1) * (v - 1);
        }
        out.put("loss", loss);
    }

    @Override
    public void fullScalars(ScalarSink out) {
        out.put("x0", x[0]);
    }

    @Override
    public Checkpoint checkpoint() {
        return new Checkpoint(step, Map.of("x", Tensor.vector(x), "velocity", Tensor.vector(velocity)),
                Map.of("rng", random.state()), java.util.Set.of("velocity"));
    }

    private static final class Kind implements ExperimentKind<Config> {
        @Override
        public String name() {
            return "noisy-quadratic";
        }

        @Override
        public String description() {
            return "test experiment";
        }

        @Override
        public Config parseConfig(JsonNode json) {
            if (!json.has("lr") || !json.get("lr").isNumber()) {
                throw new ConfigException("lr", "missing");
            }
            return new Config(json.get("lr").asDouble(), json.get("noise").asDouble(), json.get("seed").asLong());
        }

        @Override
        public RunPlan defaultPlan(Config config) {
            return new RunPlan(100, 5, 20, new CheckpointSchedule(CheckpointSchedule.Spacing.SQRT, 8, 5));
        }

        @Override
        public Experiment create(Config config) {
            SeededRandom r = new SeededRandom(config.seed());
            double[] x = new double[4];
            for (int i = 0; i < 4; i++) {
                x[i] = 3 * r.nextGaussian();
            }
            return new NoisyQuadratic(config, x, r, 0);
        }

        @Override
        public Experiment restore(Config config, Checkpoint checkpoint) {
            return new NoisyQuadratic(config, checkpoint.tensor("x").data(),
                    SeededRandom.fromState(checkpoint.integers("rng")), checkpoint.step());
        }

        @Override
        public ObjectNode summarize(Config config, RunHistory history) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.put("final_loss", history.series("loss").value(history.series("loss").size() - 1));
            return o;
        }
    }
}
