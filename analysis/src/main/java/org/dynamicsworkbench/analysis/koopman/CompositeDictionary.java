package org.dynamicsworkbench.analysis.koopman;

/** Unions and compositions of dictionaries (see {@link Dictionary#and} and {@link Dictionary#after}). */
final class CompositeDictionary {

    private CompositeDictionary() {
    }

    static Dictionary union(Dictionary first, Dictionary second) {
        if (first.inputDimension() != second.inputDimension()) {
            throw new IllegalArgumentException("a union needs dictionaries on the same states, got dimensions "
                    + first.inputDimension() + " and " + second.inputDimension());
        }
        return new Dictionary() {
            @Override
            public int inputDimension() {
                return first.inputDimension();
            }

            @Override
            public int size() {
                return first.size() + second.size();
            }

            @Override
            public void evaluate(double[] state, int offset, double[] out, int outOffset) {
                first.evaluate(state, offset, out, outOffset);
                second.evaluate(state, offset, out, outOffset + first.size());
            }

            @Override
            public String name(int j) {
                return j < first.size() ? first.name(j) : second.name(j - first.size());
            }

            @Override
            public String toString() {
                return first + " + " + second;
            }
        };
    }

    static Dictionary compose(Dictionary outer, Dictionary inner) {
        if (outer.inputDimension() != inner.size()) {
            throw new IllegalArgumentException("composition needs the outer dictionary to take " + inner.size()
                    + " inputs, got " + outer.inputDimension());
        }
        // One scratch buffer per thread: evaluate stays allocation-free after the first call.
        ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[inner.size()]);
        return new Dictionary() {
            @Override
            public int inputDimension() {
                return inner.inputDimension();
            }

            @Override
            public int size() {
                return outer.size();
            }

            @Override
            public void evaluate(double[] state, int offset, double[] out, int outOffset) {
                double[] middle = scratch.get();
                inner.evaluate(state, offset, middle, 0);
                outer.evaluate(middle, 0, out, outOffset);
            }

            @Override
            public String name(int j) {
                return outer.name(j) + " of (" + inner + ")";
            }

            @Override
            public String toString() {
                return outer + " after " + inner;
            }
        };
    }
}
