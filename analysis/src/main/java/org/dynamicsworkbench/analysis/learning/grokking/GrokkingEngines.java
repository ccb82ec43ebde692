package org.dynamicsworkbench.analysis.learning.grokking;

/** Builds the engine (plain Java or ND4J) a configuration asks for, and says which {@code auto} picks. */
public final class GrokkingEngines {
    /**
     * With backend {@code auto}, ND4J is used when n * N * p (train pairs x width x modulus, the size of one
     * product) reaches this: the large preset (1881 * 500 * 97 = 9.1e7) runs on ND4J, the primary one
     * (384 * 256 * 31 = 3.0e6) in plain Java, where per-op overhead would dominate.
     */
    public static final long ND4J_THRESHOLD = 20_000_000L;

    private GrokkingEngines() {
    }

    /** Whether {@code auto} picks ND4J for this configuration. */
    public static boolean autoPrefersNd4j(GrokkingConfig config) {
        return (long) config.trainPairs() * config.width() * config.p() >= ND4J_THRESHOLD;
    }

    /**
     * The engine for {@code config}, starting from {@code state}. Backend {@code auto} falls back to Java when
     * ND4J cannot start (e.g. its natives are missing); {@code nd4j} reports that failure.
     *
     * @throws IllegalStateException when backend nd4j was asked for and ND4J could not start
     */
    static GrokkingEngine create(GrokkingConfig config, GrokkingSplit split, GrokkingState state) {
        switch (config.backend()) {
            case JAVA:
                return new JavaGrokkingEngine(config, split, state);
            case ND4J:
                try {
                    return new Nd4jGrokkingEngine(config, split, state);
                } catch (RuntimeException | LinkageError e) {
                    throw new IllegalStateException("backend nd4j: ND4J could not start (" + e + ")", e);
                }
            default:
                if (autoPrefersNd4j(config)) {
                    try {
                        return new Nd4jGrokkingEngine(config, split, state);
                    } catch (RuntimeException | LinkageError e) {
                        return new JavaGrokkingEngine(config, split, state);
                    }
                }
                return new JavaGrokkingEngine(config, split, state);
        }
    }
}
