package org.caredesk.growth;

/**
 * How big a generated history is. The realistic history is {@link #ofContacts(long)} with a million
 * contacts: 200,000 cases of which 100,000 open, 50,000 customers, 5,000 articles; smaller histories keep the
 * same proportions so that a benchmark compares like with like.
 *
 * @param contacts    contacts in all (each case's messages and the contacts without a case)
 * @param cases       cases in all
 * @param openCases   the newest cases still waiting (new, open or pending); the rest are resolved or closed
 * @param customers   registered customers (one account with six bills and one owned product each)
 * @param articles    published help articles (half English, half Italian)
 * @param days        how far back the history goes
 */
public record HistorySize(long contacts, long cases, long openCases, long customers, long articles, int days) {
    public HistorySize {
        if (contacts < cases || openCases > cases || customers < 1 || articles < 0 || days < 1) {
            throw new IllegalArgumentException("A history needs at least one contact per case, no more open cases "
                    + "than cases, a customer and a day: " + contacts + " contacts, " + cases + " cases, " + openCases
                    + " open, " + customers + " customers, " + days + " days");
        }
    }

    /** The proportions for {@code contacts} contacts over two years. */
    public static HistorySize ofContacts(long contacts) {
        long cases = contacts / 5;
        return new HistorySize(contacts, cases, cases / 2, Math.max(1, contacts / 20), contacts / 200, 730);
    }

    /**
     * From system properties {@code history.contacts} (default 1,000,000) and, to change one proportion,
     * {@code history.cases}, {@code history.openCases}, {@code history.customers}, {@code history.articles},
     * {@code history.days}.
     */
    public static HistorySize fromSystemProperties() {
        HistorySize base = ofContacts(Long.getLong("history.contacts", 1_000_000L));
        return new HistorySize(
                base.contacts(),
                Long.getLong("history.cases", base.cases()),
                Long.getLong("history.openCases", base.openCases()),
                Long.getLong("history.customers", base.customers()),
                Long.getLong("history.articles", base.articles()),
                Integer.getInteger("history.days", base.days()));
    }

    /** Contacts that belong to a case: the opening message and up to two more (a reply and an answer). */
    long caseContacts() {
        return Math.min(contacts, cases * 3);
    }

    @Override
    public String toString() {
        return String.format(
                "%,d contacts, %,d cases (%,d open), %,d customers, %,d articles over %d days",
                contacts, cases, openCases, customers, articles, days);
    }
}
