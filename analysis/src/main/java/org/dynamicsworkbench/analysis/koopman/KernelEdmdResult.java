package org.dynamicsworkbench.analysis.koopman;

/**
 * Kernel EDMD's rank and the eigenpairs of its r x r Koopman matrix (coefficients in the basis of the
 * kernel's principal directions).
 */
public record KernelEdmdResult(int rank, Eigenpairs eigenpairs) {

    public KernelEdmdResult {
        if (rank != eigenpairs.size()) {
            throw new IllegalArgumentException("rank " + rank + " does not match " + eigenpairs.size() + " eigenpairs");
        }
    }
}
