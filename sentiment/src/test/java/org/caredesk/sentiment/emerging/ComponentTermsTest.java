package org.caredesk.sentiment.emerging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComponentTermsTest {

    @Test
    void countsEachSystemAtItsTopLevelOnce() {
        assertEquals(
                List.of("component:electrical system", "component:engine"),
                List.copyOf(ComponentTerms.of("ELECTRICAL SYSTEM:WIRING | ENGINE |Engine:cooling")));
    }

    @Test
    void aBlankFilingHasNone() {
        assertEquals(Set.of(), ComponentTerms.of(null));
        assertEquals(Set.of(), ComponentTerms.of("  | : "));
    }

    @Test
    void tellsAComponentFromAWord() {
        assertEquals("air bags", ComponentTerms.component("component:air bags"));
        assertNull(ComponentTerms.component("airbag"));
    }
}
