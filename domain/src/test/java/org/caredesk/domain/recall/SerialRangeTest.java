package org.caredesk.domain.recall;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SerialRangeTest {

    @Test
    void boundsAreIncludedAndDigitsCompareAsNumbers() {
        SerialRange range = new SerialRange("PB20K-2025-9999", "PB20K-2025-10010");
        assertTrue(range.contains("PB20K-2025-9999"));
        assertTrue(range.contains("PB20K-2025-10000"), "10000 comes after 9999, though not as text");
        assertTrue(range.contains("pb20k-2025-010010"), "case and leading zeros do not matter");
        assertFalse(range.contains("PB20K-2025-10011"));
        assertFalse(range.contains("PB20K-2024-10000"));
        assertFalse(range.contains(null));
    }

    @Test
    void missingBoundsAreOpenAndNoBoundsMeanEveryUnit() {
        assertTrue(new SerialRange(" ", null).isAll());
        assertTrue(SerialRange.all().contains("anything"));
        assertTrue(new SerialRange("A-5", null).contains("A-500"));
        assertFalse(new SerialRange("A-5", null).contains("A-4"));
        assertTrue(new SerialRange(null, "A-5").contains("A-4"));
    }

    @Test
    void reversedBoundsAreNotOrdered() {
        assertFalse(new SerialRange("A-10", "A-9").isOrdered());
        assertTrue(new SerialRange("A-9", "A-10").isOrdered());
    }
}
