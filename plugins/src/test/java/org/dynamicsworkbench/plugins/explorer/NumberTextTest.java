package org.dynamicsworkbench.plugins.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void integersHaveNoFractionAndOthersSixSignificantDigits() {
        assertEquals("28", NumberText.format(28.0));
        assertEquals("-3", NumberText.format(-3.0));
        assertEquals("2.667", NumberText.format(2.667));
        assertEquals("5900", NumberText.format(100_000 * 0.059), "5900.000000000001 rounds to 5900");
        assertEquals("0.333333", NumberText.format(1.0 / 3));
        assertEquals("0.0001", NumberText.format(1e-4));
        assertEquals("1.23457E-7", NumberText.format(1.23456789e-7));
        assertEquals("1.23457E+7", NumberText.format(12345678.9));
    }
}
