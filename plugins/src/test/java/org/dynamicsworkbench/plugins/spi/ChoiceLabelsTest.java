package org.dynamicsworkbench.plugins.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.util.StringConverter;
import org.dynamicsworkbench.analysis.alrnn.train.ForcingMode;
import org.junit.jupiter.api.Test;

class ChoiceLabelsTest {

    @Test
    void choicesReadAsTheirWordsAndConvertBack() {
        StringConverter<ForcingMode> forcing = ChoiceLabels.of(ForcingMode.class, ForcingMode::label);
        assertEquals("gtf-adaptive", forcing.toString(ForcingMode.GTF_ADAPTIVE));
        assertEquals(ForcingMode.SPARSE, forcing.fromString(" Sparse "));
        assertNull(forcing.fromString("nope"));
        assertEquals("", forcing.toString(null));

        StringConverter<ForcingMode> lower = ChoiceLabels.lowerCase(ForcingMode.class);
        assertEquals("gtf-fixed", lower.toString(ForcingMode.GTF_FIXED));
        assertEquals(ForcingMode.GTF_FIXED, lower.fromString("GTF-FIXED"));
    }
}
