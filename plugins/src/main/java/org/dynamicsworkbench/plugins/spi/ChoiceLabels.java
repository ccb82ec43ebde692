package org.dynamicsworkbench.plugins.spi;

import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * Readable labels for enum choices in a tool's view ({@code ChoiceBox.setConverter}): the label a tool
 * gives each constant (its command-line or JSON word), not the constant's Java name in capitals.
 */
public final class ChoiceLabels {

    private ChoiceLabels() {
    }

    /** Labels from {@code label}; text converts back to the constant with that label (case-insensitive). */
    public static <E extends Enum<E>> StringConverter<E> of(Class<E> type, Function<E, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public E fromString(String text) {
                for (E constant : type.getEnumConstants()) {
                    if (label.apply(constant).equalsIgnoreCase(text.strip())) {
                        return constant;
                    }
                }
                return null;
            }
        };
    }

    /** Labels that are the constant's name in lower case with '-' for '_' ("GTF_FIXED" reads "gtf-fixed"). */
    public static <E extends Enum<E>> StringConverter<E> lowerCase(Class<E> type) {
        return of(type, e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
