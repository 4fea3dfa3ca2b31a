package org.caredesk.kb.realtext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemicolonCsvTest {

    @Test
    void quotedFieldsKeepSemicolonsQuotesAndLineBreaks() {
        String text = "id;question;answer\r\n"
                + "1;\"Where is my \"\"parcel\"\"?\";\"Look it up; then\nwrite to us.\"\n"
                + "2;Plain;Text";

        assertEquals(
                List.of(
                        List.of("id", "question", "answer"),
                        List.of("1", "Where is my \"parcel\"?", "Look it up; then\nwrite to us."),
                        List.of("2", "Plain", "Text")),
                SemicolonCsv.parse(text));
    }
}
