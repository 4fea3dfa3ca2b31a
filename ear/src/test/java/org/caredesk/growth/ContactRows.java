package org.caredesk.growth;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.caredesk.domain.demo.DemoContact;
import org.postgresql.PGConnection;

/**
 * Writes contacts as the tagger would have left them (language, sentiment, hazard, product mention). The
 * hazard and mention rows refer to contacts, and one connection runs one COPY at a time, so they are kept
 * as CSV and copied after the contacts.
 */
final class ContactRows implements AutoCloseable {
    private static final String COLUMNS = "id, case_id, customer_id, product_id, channel, direction, author,"
            + " internal_note, body, received_at, language, sentiment, sentiment_score, token_count, staff_login";
    private final Connection connection;
    private final CopyWriter contacts;
    private final PrintStream out;
    private final StringBuilder hazards = new StringBuilder();
    private final StringBuilder mentions = new StringBuilder();
    private final long[] productIds;
    private final String[] productCodes;

    /** Product {@code i} (an index, -1 for none) is {@code productIds[i]} with code {@code productCodes[i]}. */
    ContactRows(
            Connection connection,
            String label,
            long expected,
            long[] productIds,
            String[] productCodes,
            PrintStream out)
            throws SQLException {
        this.connection = connection;
        this.contacts =
                CopyWriter.open(connection, "contact", COLUMNS, expected, out).named(label);
        this.productIds = productIds;
        this.productCodes = productCodes;
        this.out = out;
    }

    /** A consumer's message with the tags its writer meant. */
    void consumer(long id, Long caseId, Long customer, int product, String channel, DemoContact c, Instant at)
            throws SQLException {
        double score =
                switch (c.intendedSentiment()) {
                    case "negative" -> -0.7;
                    case "positive" -> 0.7;
                    default -> 0.0;
                };
        row(id, caseId, customer, product, channel, "INBOUND", "CONSUMER", c.text(), at, c.language())
                .value(c.intendedSentiment())
                .value(score)
                .value((long) c.text().split("\\s+").length)
                .value((String) null)
                .endRow();
        if (c.intendedHazard() != null) {
            hazards.append(id).append(',').append(c.intendedHazard()).append('\n');
        }
        if (product >= 0) {
            mentions.append(id).append(",\"").append(productCodes[product]).append("\"\n");
        }
    }

    /** The agent's first reply. */
    void agent(long id, long caseId, Long customer, int product, String channel, String language, Instant at)
            throws SQLException {
        String text = HistoryTexts.agentReply(language);
        row(id, caseId, customer, product, channel, "OUTBOUND", "AGENT", text, at, language)
                .value((String) null)
                .value((Long) null)
                .value((long) text.split("\\s+").length)
                .value("agent@example.com")
                .endRow();
    }

    /** The consumer's answer to the reply. */
    void followUp(long id, long caseId, Long customer, int product, String channel, String language, Instant at)
            throws SQLException {
        String text = HistoryTexts.followUp(language);
        row(id, caseId, customer, product, channel, "INBOUND", "CONSUMER", text, at, language)
                .value("neutral")
                .value(0.0)
                .value((long) text.split("\\s+").length)
                .value((String) null)
                .endRow();
    }

    long rows() {
        return contacts.rows();
    }

    private CopyWriter row(
            long id,
            Long caseId,
            Long customer,
            int product,
            String channel,
            String direction,
            String author,
            String text,
            Instant at,
            String language) {
        return contacts.value(id)
                .value(caseId)
                .value(customer)
                .value(product < 0 ? null : Long.valueOf(productIds[product]))
                .value(channel)
                .value(direction)
                .value(author)
                .value(false)
                .value(text)
                .value(at)
                .value(language);
    }

    @Override
    public void close() throws SQLException {
        contacts.close();
        copy("contact_hazard (contact_id, category)", hazards);
        copy("contact_product_mention (contact_id, product_code)", mentions);
    }

    private void copy(String target, StringBuilder csv) throws SQLException {
        long began = System.nanoTime();
        try {
            long rows = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + target + " FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
            out.printf("  %s: %,d rows in %,d ms%n", target, rows, (System.nanoTime() - began) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
