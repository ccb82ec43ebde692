package org.dynamicsworkbench.render.figure;

import java.util.List;

/** Major tick values with their labels, and unlabelled minor ticks, all in data units and increasing. */
public record TickSet(double[] values, List<RichText> labels, double[] minor) {

    public TickSet {
        values = values.clone();
        minor = minor.clone();
        labels = List.copyOf(labels);
        if (labels.size() != values.length) {
            throw new IllegalArgumentException(values.length + " ticks but " + labels.size() + " labels");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] minor() {
        return minor.clone();
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    /** The plain text of every label, for tests and logs. */
    public List<String> plainLabels() {
        return labels.stream().map(RichText::plainText).toList();
    }
}
