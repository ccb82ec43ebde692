package org.dynamicsworkbench.analysis.alrnn.train;

/**
 * Everything a training run needs to continue exactly: epochs completed, parameters, the optimiser's moments
 * and step count, the GTF alpha, the batch counter and the random generator's state. Immutable (arrays copied).
 */
public record TrainerState(int epoch, double[] theta, double[] adamM, double[] adamV, long adamStep, double alpha,
                           long batches, long randomState) {

    public TrainerState {
        theta = theta.clone();
        adamM = adamM.clone();
        adamV = adamV.clone();
        if (epoch < 0 || adamStep < 0 || batches < 0) {
            throw new IllegalArgumentException("epoch, optimiser step and batch count must be >= 0");
        }
        if (adamM.length != theta.length || adamV.length != theta.length) {
            throw new IllegalArgumentException("optimiser moments must have " + theta.length + " values, got "
                    + adamM.length + " and " + adamV.length);
        }
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }

    @Override
    public double[] adamM() {
        return adamM.clone();
    }

    @Override
    public double[] adamV() {
        return adamV.clone();
    }
}
