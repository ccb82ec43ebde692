package org.dynamicsworkbench.analysis.system;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * What the catalog knows about a system besides its equations (dysts metadata). Immutable; arrays are
 * copied in and out. Estimates that the catalog lacks are NaN (scalars) or empty (arrays).
 *
 * @param parameterNames    names in alphabetical order
 * @param defaultParameters default values, same order as {@code parameterNames}
 * @param initialCondition  default initial condition (on the attractor, per dysts)
 * @param dt                the catalog's integration step (NaN for maps)
 * @param period            dominant time scale (NaN for maps)
 * @param mean              per-coordinate mean of dysts' reference trajectory (empty when the catalog has none)
 * @param std               per-coordinate standard deviation of that trajectory (empty when the catalog has none)
 */
public record SystemMetadata(
        String name,
        SystemKind kind,
        String description,
        String citation,
        List<String> parameterNames,
        double[] defaultParameters,
        double[] initialCondition,
        double dt,
        double period,
        double maximumLyapunovEstimated,
        double[] lyapunovSpectrumEstimated,
        double kaplanYorkeDimension,
        double correlationDimension,
        boolean nonautonomous,
        boolean delay,
        boolean hamiltonian,
        double[] mean,
        double[] std) {

    /** Points per dominant period in the default sampling, as dysts' {@code pts_per_period}. */
    public static final int SAMPLES_PER_PERIOD = 100;

    public SystemMetadata {
        parameterNames = List.copyOf(parameterNames);
        defaultParameters = defaultParameters.clone();
        initialCondition = initialCondition.clone();
        lyapunovSpectrumEstimated = lyapunovSpectrumEstimated.clone();
        mean = mean.clone();
        std = std.clone();
        if (parameterNames.size() != defaultParameters.length) {
            throw new IllegalArgumentException(name + ": " + parameterNames.size() + " parameter names but "
                    + defaultParameters.length + " default values");
        }
    }

    /** Metadata without the reference trajectory's mean and std (both left empty). */
    public SystemMetadata(String name, SystemKind kind, String description, String citation,
                          List<String> parameterNames, double[] defaultParameters, double[] initialCondition,
                          double dt, double period, double maximumLyapunovEstimated,
                          double[] lyapunovSpectrumEstimated, double kaplanYorkeDimension,
                          double correlationDimension, boolean nonautonomous, boolean delay, boolean hamiltonian) {
        this(name, kind, description, citation, parameterNames, defaultParameters, initialCondition, dt, period,
                maximumLyapunovEstimated, lyapunovSpectrumEstimated, kaplanYorkeDimension, correlationDimension,
                nonautonomous, delay, hamiltonian, new double[0], new double[0]);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    @Override
    public double[] defaultParameters() {
        return defaultParameters.clone();
    }

    @Override
    public double[] initialCondition() {
        return initialCondition.clone();
    }

    @Override
    public double[] lyapunovSpectrumEstimated() {
        return lyapunovSpectrumEstimated.clone();
    }

    /**
     * Metadata with only what the equations need (description, citation and estimates left empty), for
     * systems defined outside the dysts catalog and for tests.
     */
    public static SystemMetadata minimal(String name, SystemKind kind, List<String> parameterNames,
                                         double[] defaultParameters, double[] initialCondition, double dt,
                                         double period) {
        return new SystemMetadata(name, kind, "", "", parameterNames, defaultParameters, initialCondition, dt,
                period, Double.NaN, new double[0], Double.NaN, Double.NaN, false, false, false);
    }

    /** Dimension of the state, as given by the length of the initial condition. */
    public int dimension() {
        return initialCondition.length;
    }

    /** Index of a parameter by name, or -1. */
    public int parameterIndex(String parameterName) {
        return parameterNames.indexOf(parameterName);
    }

    /**
     * The step at which to sample this system for viewing and export: a hundredth of the dominant period
     * (dysts' 100 points per period) rounded to two significant digits; the catalog's integration dt when
     * it lists no period; 0.01 when it has neither; 1 for maps.
     */
    public double defaultSamplingStep() {
        if (kind == SystemKind.MAP) {
            return 1.0;
        }
        if (period > 0 && Double.isFinite(period)) {
            return roundToSignificantDigits(period / SAMPLES_PER_PERIOD, 2);
        }
        return dt > 0 && Double.isFinite(dt) ? dt : 0.01;
    }

    static double roundToSignificantDigits(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
    }
}
