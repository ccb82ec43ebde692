package org.dynamicsworkbench.analysis.learning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An experiment's state at one step: named tensors (parameters, optimiser moments, derived views) and named
 * integer arrays (random-source states, counters) that must survive exactly. Names are file-name safe
 * (letters, digits, '_' and '-'). Immutable.
 *
 * @param step     the optimiser step this state belongs to
 * @param tensors  named tensors, in insertion order
 * @param integers named exact integer arrays, in insertion order
 */
public record Checkpoint(long step, Map<String, Tensor> tensors, Map<String, long[]> integers) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Checkpoint {
        if (step < 0) {
            throw new IllegalArgumentException("checkpoint step must be >= 0, got " + step);
        }
        tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
        LinkedHashMap<String, long[]> copy = new LinkedHashMap<>();
        integers.forEach((k, v) -> copy.put(k, v.clone()));
        integers = Collections.unmodifiableMap(copy);
        for (String name : tensors.keySet()) {
            checkName(name);
        }
        for (String name : integers.keySet()) {
            checkName(name);
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("checkpoint entry name '" + name
                    + "' must be 1-64 letters, digits, '_' or '-'");
        }
    }

    /** The tensor called {@code name}. @throws IllegalArgumentException naming the missing entry */
    public Tensor tensor(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalArgumentException("checkpoint at step " + step + " has no tensor '" + name + "'");
        }
        return t;
    }

    /** A copy of the integer array called {@code name}. @throws IllegalArgumentException naming the missing entry */
    public long[] integers(String name) {
        long[] v = integers.get(name);
        if (v == null) {
            throw new IllegalArgumentException("checkpoint at step " + step + " has no integer entry '" + name + "'");
        }
        return v.clone();
    }
}
