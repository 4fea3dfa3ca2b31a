package org.caredesk.domain.contact.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 4: the early-warning scan read an import's contacts only after its last batch. The import now says
 * when a batch is stored and more are to come, so the scan of one batch can run beside the next one's tagging.
 */
class ContactImportTest {

    @Test
    void saysWhenEachBatchButTheLastIsStored() {
        List<Integer> storedWhenTold = new ArrayList<>();
        CountingWriter writer = new CountingWriter();
        ContactImport contactImport = new ContactImport(writer, null, null);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            body.append("{\"receivedAt\":\"2026-11-01T09:30:00Z\",\"channel\":\"web\",\"text\":\"line ")
                    .append(i)
                    .append("\"}\n");
        }

        ImportReport report = contactImport.importLines(
                new BufferedReader(new StringReader(body.toString())), () -> storedWhenTold.add(writer.stored));

        assertEquals(2_500, report.imported());
        assertEquals(List.of(1_000, 2_000), storedWhenTold);
    }

    private static final class CountingWriter extends ImportBatchWriter {
        int stored;

        @Override
        public BatchResult write(List<ImportLine> lines) {
            stored += lines.size();
            return new BatchResult(lines.size(), 0, 0);
        }
    }
}
