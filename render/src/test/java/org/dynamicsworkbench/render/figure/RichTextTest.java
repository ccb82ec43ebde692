package org.dynamicsworkbench.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dynamicsworkbench.render.figure.RichText.Run;
import org.dynamicsworkbench.render.figure.RichText.Script;
import org.junit.jupiter.api.Test;

class RichTextTest {
    private static List<Run> runs(String markup) {
        return RichText.parse(markup).runs();
    }

    @Test
    void greekLetterWithSubscript() {
        assertEquals(List.of(new Run("\u03BB", Script.NORMAL), new Run("1", Script.SUB)), runs("\\lambda_1"));
    }

    @Test
    void groupedSubscriptAndSuperscript() {
        assertEquals(List.of(new Run("\u03C3", Script.NORMAL), new Run("xy", Script.SUB)), runs("\\sigma_{xy}"));
        assertEquals(List.of(new Run("x", Script.NORMAL), new Run("2", Script.SUPER)), runs("x^2"));
        assertEquals(List.of(new Run("e", Script.NORMAL), new Run("-\u03BB t", Script.SUPER), new Run(" + 1", Script.NORMAL)),
                runs("e^{-\\lambda t} + 1"));
    }

    @Test
    void commandsEndAtTheFirstNonLetterAndSpacesAreKept() {
        assertEquals("\u03C4", RichText.parse("\\tau").plainText());
        assertEquals("\u03C4 = 1", RichText.parse("\\tau = 1").plainText());
        assertEquals("\u0394t", RichText.parse("\\Delta{}t").plainText());
        assertEquals("\u03A3\u03C9\u03C1", RichText.parse("\\Sigma\\omega\\rho").plainText());
    }

    @Test
    void dollarsAreIgnoredAndEscapesAreLiteral() {
        assertEquals(runs("\\lambda_1"), runs("$\\lambda_1$"));
        assertEquals("a_b^c{d}\\$", RichText.parse("a\\_b\\^c\\{d\\}\\\\\\$").plainText());
        assertEquals(1, runs("a\\_b").size());
    }

    @Test
    void subscriptCanBeACommand() {
        assertEquals(List.of(new Run("x", Script.NORMAL), new Run("\u03C4", Script.SUB)), runs("x_\\tau"));
    }

    @Test
    void malformedMarkupIsReportedWithPosition() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> RichText.parse("x \\lambdaa"));
        assertTrue(unknown.getMessage().contains("label 'x \\lambdaa' at character 3: unknown command '\\lambdaa'"),
                unknown.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RichText.parse("x_{ab")).getMessage()
                .contains("unclosed '{'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RichText.parse("x}")).getMessage()
                .contains("unmatched '}'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RichText.parse("x^{a_b}")).getMessage()
                .contains("nested"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RichText.parse("x_")).getMessage()
                .contains("needs a character"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RichText.parse("x_{}")).getMessage()
                .contains("empty"));
    }

    @Test
    void emptyLabelHasNoRuns() {
        assertTrue(RichText.parse("").isEmpty());
        assertTrue(RichText.parse(null).isEmpty());
    }
}
