package org.caredesk.domain.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The CareDesk demo dataset: a product catalogue, help articles in English and Italian, customers with
 * accounts and products, and 90 days of contacts before {@code today}, among which the safety complaints about
 * one product ({@link #risingProductCode()}) rise clearly over the last three weeks.
 *
 * <p>Plain JDK records; deterministic for the same {@code (seed, today)}. Article texts and message templates
 * are read from {@code /demo/} on the classpath.
 */
public final class DemoDataset {

    private final List<DemoProduct> products;
    private final List<DemoArticle> articles;
    private final List<DemoCustomer> customers;
    private final List<DemoContact> contacts;
    private final String risingProductCode;

    DemoDataset(
            List<DemoProduct> products,
            List<DemoArticle> articles,
            List<DemoCustomer> customers,
            List<DemoContact> contacts,
            String risingProductCode) {
        this.products = List.copyOf(products);
        this.articles = List.copyOf(articles);
        this.customers = List.copyOf(customers);
        this.contacts = List.copyOf(contacts);
        this.risingProductCode = risingProductCode;
    }

    /**
     * Generates the dataset.
     *
     * @param seed  any seed; the same seed and day give equal lists
     * @param today the day the demo runs: contacts fall in the 90 days before it (never on it)
     */
    public static DemoDataset generate(long seed, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return new DemoGenerator(seed, today).build();
    }

    /** The product catalogue. */
    public List<DemoProduct> products() {
        return products;
    }

    /** Help articles, English and Italian. */
    public List<DemoArticle> articles() {
        return articles;
    }

    /** Customers; the first two are the demo customers "alice" and "bob". */
    public List<DemoCustomer> customers() {
        return customers;
    }

    /** Contacts, ascending by {@link DemoContact#receivedAt()}. */
    public List<DemoContact> contacts() {
        return contacts;
    }

    /** The product whose safety complaints rise over the last three weeks. */
    public String risingProductCode() {
        return risingProductCode;
    }
}
