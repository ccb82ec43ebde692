package org.dynamicsworkbench.analysis.learning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An experiment's state at one step: named tensors (parameters, optimiser moments, derived views) and named
 * integer arrays (random-source states, counters) that must survive exactly. Names are file-name safe
 * (letters, digits, '_' and '-'). Immutable.
 * <p>
 * Tensors named in {@code resumeOnly} (optimiser moments, typically) are needed only to continue training:
 * a run folder keeps them in its newest checkpoint and drops them from older ones, so that the checkpoints a
 * user scrubs through stay small.
 *
 * @param step       the optimiser step this state belongs to
 * @param tensors    named tensors, in insertion order
 * @param integers   named exact integer arrays, in insertion order
 * @param resumeOnly names of tensors needed only for resuming
 */
public record Checkpoint(long step, Map<String, Tensor> tensors, Map<String, long[]> integers,
                         Set<String> resumeOnly) {
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
        resumeOnly = Set.copyOf(resumeOnly);
        for (String name : resumeOnly) {
            if (!tensors.containsKey(name)) {
                throw new IllegalArgumentException("resume-only entry '" + name + "' is not a tensor of the checkpoint");
            }
        }
    }

    /** A checkpoint whose tensors are all kept at every step. */
    public Checkpoint(long step, Map<String, Tensor> tensors, Map<String, long[]> integers) {
        this(step, tensors, integers, Set.of());
    }

    /** This checkpoint without its resume-only tensors (what older checkpoints keep on disk). */
    public Checkpoint withoutResumeState() {
        Map<String, Tensor> kept = new LinkedHashMap<>(tensors);
        kept.keySet().removeAll(resumeOnly);
        return new Checkpoint(step, kept, integers, Set.of());
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
