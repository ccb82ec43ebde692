package org.dynamicsworkbench.workbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dynamicsworkbench.analysis.system.DynamicalSystem;
import org.dynamicsworkbench.analysis.system.ParameterValues;
import org.dynamicsworkbench.analysis.system.SystemCatalog;
import org.dynamicsworkbench.analysis.system.SystemKind;
import org.dynamicsworkbench.analysis.system.SystemMetadata;
import org.dynamicsworkbench.analysis.system.UnknownParameterException;
import org.dynamicsworkbench.analysis.system.UnknownSystemException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options that pick a catalog system and how to run it, shared by {@code integrate} and
 * {@code lyapunov}. Numbers are taken as text and parsed strictly so that every error names its option.
 */
final class SystemOptions {
    /** The most steps a command accepts (the trajectory must fit in one Java array). */
    static final int MAX_STEPS = 100_000_000;

    @Parameters(index = "0", paramLabel = "SYSTEM", description = "Catalog name, e.g. Lorenz (see 'systems').")
    String system;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Overrides a parameter; repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--ic", paramLabel = "X,Y,...", description = "Initial condition (default: the catalog's).")
    String initialCondition;

    String steps = "10000";

    @Option(names = "--dt", paramLabel = "H",
            description = "Step of the samples (default: the catalog period / 100 for flows; ignored for maps).")
    String dt;

    /** Whether --steps was given (commands with their own default look at it). */
    boolean stepsGiven() {
        return stepsGiven;
    }

    /** Whether --dt was given. */
    boolean dtGiven() {
        return dt != null;
    }

    private boolean stepsGiven;

    @Option(names = "--steps", paramLabel = "N", description = "Number of steps (default: 10000; lyapunov: 200 "
            + "periods for flows).")
    void steps(String value) {
        steps = value;
        stepsGiven = true;
    }

    /** Resolves the options against the catalog; every problem is an {@link InputException}. */
    RunSpec resolve(SystemCatalog catalog) {
        DynamicalSystem sys;
        try {
            sys = catalog.require(system);
        } catch (UnknownSystemException e) {
            throw new InputException(system, e.getMessage(), e);
        }
        SystemMetadata metadata = sys.metadata();
        Map<String, Double> overrides = NumberArguments.assignments(params, "--param");
        for (String pair : params) {
            String name = pair.substring(0, pair.indexOf('=')).strip();
            if (metadata.parameterIndex(name) < 0) {
                throw new InputException("--param " + pair,
                        new UnknownParameterException(sys.name(), name, metadata.parameterNames()).getMessage());
            }
        }
        double[] parameters = ParameterValues.withOverrides(metadata, overrides);
        double[] x0 = initialCondition == null ? metadata.initialCondition()
                : NumberArguments.vector(initialCondition, sys.dimension(),
                        sys.name() + " (dimension " + sys.dimension() + ")", "--ic " + initialCondition);
        int n = NumberArguments.integer(steps, "--steps " + steps, 1, MAX_STEPS);
        double h;
        if (dt == null) {
            h = sys.metadata().defaultSamplingStep();
        } else {
            h = NumberArguments.positive(dt, "--dt " + dt);
            if (sys.kind() == SystemKind.MAP) {
                h = 1.0;
            }
        }
        return new RunSpec(sys, parameters, x0, h, n);
    }
}
