package org.dynamicsworkbench.analysis.system;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the catalog knows about a system besides its equations (dysts metadata). Immutable; arrays are
 * copied in and out. Estimates that the catalog lacks are NaN (scalars) or empty (arrays).
 *
 * <p>Parameters are scalars. A dysts parameter that is an array or a matrix is flattened into one scalar
 * per element named {@code key_i} (vector) or {@code key_i_j} (matrix, row-major): BeerRNN's 3x3 {@code w}
 * becomes {@code w_0_0, w_0_1, ..., w_2_2} and its {@code tau} becomes {@code tau_0, tau_1, tau_2}. The
 * elements take the place of their key in the alphabetical order of the JSON keys, in index order among
 * themselves (so {@code x_10} follows {@code x_9}).
 *
 * @param parameterNames    names in the alphabetical order of the JSON keys, array elements in index order
 * @param defaultParameters default values, same order as {@code parameterNames}
 * @param initialCondition  default initial condition (on the attractor, per dysts)
 * @param dt                the catalog's integration step (NaN for maps)
 * @param period            dominant time scale (NaN for maps)
 * @param mean              per-coordinate mean of dysts' reference trajectory (empty when the catalog has none)
 * @param std               per-coordinate standard deviation of that trajectory (empty when the catalog has none)
 * @param unboundedIndices  dysts' {@code unbounded_indices}: the coordinates that grow without bound (a forcing
 *                          phase such as Duffing's z = omega t), in increasing order, each below the dimension;
 *                          empty when there are none. dysts reads them through cos and sin before any analysis
 *                          (see {@code org.dynamicsworkbench.analysis.series.UnboundedCoordinates}).
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
        double[] std,
        int[] unboundedIndices) {

    /** Points per dominant period in the default sampling, as dysts' {@code pts_per_period}. */
    public static final int SAMPLES_PER_PERIOD = 100;

    public SystemMetadata {
        parameterNames = List.copyOf(parameterNames);
        defaultParameters = defaultParameters.clone();
        initialCondition = initialCondition.clone();
        lyapunovSpectrumEstimated = lyapunovSpectrumEstimated.clone();
        mean = mean.clone();
        std = std.clone();
        unboundedIndices = unboundedIndices.clone();
        if (parameterNames.size() != defaultParameters.length) {
            throw new IllegalArgumentException(name + ": " + parameterNames.size() + " parameter names but "
                    + defaultParameters.length + " default values");
        }
        for (int i = 0; i < unboundedIndices.length; i++) {
            int index = unboundedIndices[i];
            if (index < 0 || index >= initialCondition.length || (i > 0 && index <= unboundedIndices[i - 1])) {
                throw new IllegalArgumentException(name + ": unbounded indices must increase within 0.."
                        + (initialCondition.length - 1) + ", got " + Arrays.toString(unboundedIndices));
            }
        }
    }

    /** Metadata without unbounded coordinates (the constructor from before they were read). */
    public SystemMetadata(String name, SystemKind kind, String description, String citation,
                          List<String> parameterNames, double[] defaultParameters, double[] initialCondition,
                          double dt, double period, double maximumLyapunovEstimated,
                          double[] lyapunovSpectrumEstimated, double kaplanYorkeDimension,
                          double correlationDimension, boolean nonautonomous, boolean delay, boolean hamiltonian,
                          double[] mean, double[] std) {
        this(name, kind, description, citation, parameterNames, defaultParameters, initialCondition, dt, period,
                maximumLyapunovEstimated, lyapunovSpectrumEstimated, kaplanYorkeDimension, correlationDimension,
                nonautonomous, delay, hamiltonian, mean, std, new int[0]);
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
    public int[] unboundedIndices() {
        return unboundedIndices.clone();
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

    /**
     * The scalar name of one element of an array-valued parameter: {@code key_i} for a vector,
     * {@code key_i_j} for a matrix (one index per dimension).
     */
    public static String indexedParameterName(String key, int... indices) {
        StringBuilder name = new StringBuilder(key);
        for (int index : indices) {
            name.append('_').append(index);
        }
        return name.toString();
    }

    /**
     * The flattened names of an array-valued parameter of the given shape, in row-major order: a vector
     * of length n gives key_0 .. key_(n-1); a rows x columns matrix gives key_0_0 .. key_(rows-1)_(columns-1).
     *
     * @param shape one length (vector) or two (matrix), each positive
     */
    public static List<String> indexedParameterNames(String key, int... shape) {
        if (shape.length == 1 && shape[0] > 0) {
            List<String> names = new ArrayList<>(shape[0]);
            for (int i = 0; i < shape[0]; i++) {
                names.add(indexedParameterName(key, i));
            }
            return List.copyOf(names);
        }
        if (shape.length == 2 && shape[0] > 0 && shape[1] > 0) {
            List<String> names = new ArrayList<>(shape[0] * shape[1]);
            for (int i = 0; i < shape[0]; i++) {
                for (int j = 0; j < shape[1]; j++) {
                    names.add(indexedParameterName(key, i, j));
                }
            }
            return List.copyOf(names);
        }
        throw new IllegalArgumentException("parameter '" + key + "': shape must be one or two positive lengths, got "
                + Arrays.toString(shape));
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

    /**
     * The largest fixed RK4 step to integrate this flow with: ten catalog dt (dysts' dt resolves the fastest
     * significant frequency by about 100 steps; classical RK4 needs a tenth of that), at most a 50th of the
     * dominant period; the catalog dt alone when there is no period. Every catalog flow stays bounded at
     * this step from its initial condition over 10^5 default samples (checked when it was chosen), and the
     * catalog verification's Lyapunov runs use it. NaN for maps.
     */
    public double rk4Step() {
        if (kind == SystemKind.MAP) {
            return Double.NaN;
        }
        if (!(dt > 0 && Double.isFinite(dt))) {
            return defaultSamplingStep();
        }
        return period > 0 && Double.isFinite(period) ? Math.min(10 * dt, period / 50) : dt;
    }

    static double roundToSignificantDigits(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
    }
}
