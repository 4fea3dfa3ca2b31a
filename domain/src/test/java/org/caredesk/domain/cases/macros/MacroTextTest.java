package org.caredesk.domain.cases.macros;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MacroTextTest {
    private static final Map<String, String> VALUES =
            Map.of("customerName", "Ada Rossi", "caseNumber", "CD-100007", "product", "Kettle K2", "agent", "Dana");

    @Test
    void fillsEveryPlaceholderInEnglishOrItalian() {
        assertEquals(
                "Dear Ada Rossi, CD-100007 (Kettle K2). Dana",
                MacroText.fill("Dear {customerName}, {caseNumber} ({product}). {agent}", VALUES));
        assertEquals(
                "Gentile Ada Rossi, CD-100007 (Kettle K2). Dana",
                MacroText.fill("Gentile {nomeCliente}, {numeroCaso} ({prodotto}). {operatore}", VALUES));
    }

    @Test
    void leavesAnUnknownPlaceholderVisibleAndAMissingValueEmpty() {
        assertEquals("Hi {nmae}, about .", MacroText.fill("Hi {nmae}, about {product}.", Map.of()));
    }

    @Test
    void aValueWithDollarsOrBackslashesIsTakenLiterally() {
        assertEquals("Refund $5 \\o/", MacroText.fill("Refund {product}", Map.of("product", "$5 \\o/")));
    }
}
