package org.caredesk.domain.contact.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caredesk.domain.contact.ContactTagger;
import org.caredesk.domain.product.ProductCatalogue;

/**
 * Replays historical contacts ({@code POST /console/api/v1/contacts/import}): reads the JSON lines,
 * reports the bad ones by line number, and stores the good ones in {@code receivedAt} order through
 * the same tagging as live contacts, in batches of their own transactions. Importing the same
 * {@code externalId} twice stores it once.
 */
@ApplicationScoped
public class ContactImport {
    public static final int MAX_LINES = 100_000;
    private static final int BATCH = 1_000;
    private static final int ERRORS_REPORTED = 100;

    private final ImportBatchWriter writer;
    private final ProductCatalogue catalogue;
    private final ContactTagger tagger;
    private final ImportLineParser parser = new ImportLineParser();

    protected ContactImport() {
        this(null, null, null);
    }

    @Inject
    public ContactImport(ImportBatchWriter writer, ProductCatalogue catalogue, ContactTagger tagger) {
        this.writer = writer;
        this.catalogue = catalogue;
        this.tagger = tagger;
    }

    /** Thrown when a request holds more than {@link #MAX_LINES} lines (nothing is stored). */
    public static class TooManyLines extends RuntimeException {
        public TooManyLines() {
            super("An import takes at most " + MAX_LINES + " lines a request");
        }
    }

    public ImportReport importLines(BufferedReader body) {
        List<ImportLine> valid = new ArrayList<>();
        List<ImportReport.LineError> errors = new ArrayList<>();
        int lines = 0;
        int rejected = 0;
        try {
            for (String line = body.readLine(); line != null; line = body.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (++lines > MAX_LINES) {
                    throw new TooManyLines();
                }
                try {
                    valid.add(parser.parse(lines, line));
                } catch (IllegalArgumentException e) {
                    rejected++;
                    if (errors.size() < ERRORS_REPORTED) {
                        errors.add(new ImportReport.LineError(lines, e.getMessage()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        valid.sort(Comparator.comparing(ImportLine::receivedAt).thenComparingInt(ImportLine::lineNumber));
        int imported = 0;
        int duplicates = 0;
        int newProducts = 0;
        for (int from = 0; from < valid.size(); from += BATCH) {
            ImportBatchWriter.BatchResult result =
                    writer.write(valid.subList(from, Math.min(valid.size(), from + BATCH)));
            imported += result.imported();
            duplicates += result.duplicates();
            newProducts += result.newProducts();
        }
        if (newProducts > 0) {
            tagger.useCatalogue(catalogue.references()); // later mentions of the new products are found too
        }
        return new ImportReport(lines, imported, duplicates, rejected, newProducts, errors);
    }
}
