package org.caredesk.sentiment.emerging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caredesk.sentiment.warning.DaySeries;
import org.caredesk.sentiment.warning.PoissonTail;
import org.caredesk.sentiment.warning.RiseDetector;

/**
 * Names the words and short phrases that become disproportionately frequent in one product's
 * negative contacts, against its own history <em>and</em> against the other products: the
 * proportional reporting ratio of pharmacovigilance, with both references shrunk by half a contact
 * (a term never seen before is not infinitely surprising), and the ratio itself shrunk towards 1 for
 * small counts (an empirical-Bayes lower bound, {@link #lowerRatio}).
 *
 * <p>For a term t of a contact about product p on day d, over the window W (the last
 * {@code windowDays} days): {@code a} = p's contacts in W containing t, {@code n} = p's contacts in W.
 * Own reference: t's share of p's contacts in the trailing baseline, {@code (A + ½) / (N + 1)};
 * other products' reference: t's share of the other products' contacts over baseline and window,
 * {@code (C + ½) / (M + 1)}. Expected {@code E = n × max(own, others)}: a term must stand out against
 * both, so a word every product's customers use, or one this product has always had, never does.
 * The term emerges when {@code a ≥ minContacts}, the 5th percentile of the shrunk ratio {@code a / E}
 * is at least {@code minLowerRatio} (2, the usual signal threshold of EB05), and at least
 * {@code minHazardContacts} of the window's contacts with the term are hazard-bearing: a word that rises
 * only in complaints about parts on back order or a dealer's manners is no safety signal. Its p-value
 * ({@code P(Poisson(E) ≥ a)}) ranks the terms and is shown.
 *
 * <p>A contact's structured component (a complaint feed's "AIR BAGS:FRONTAL", see {@link ComponentTerms})
 * is one more term of it, tested the same way: a rise of one product's complaints about one system against
 * its own history and against the other products' complaints about the same system. It needs no
 * hazard-bearing contacts: that rule keeps out words that rise in complaints about back orders and manners
 * ("though", "unavailable"), while a component is the part the source says failed, itself the defect. On the
 * NHTSA development set components warned two more recalls (23 of 41, was 21) at the same 7 unrelated
 * alerts; with the hazard rule on components too, one more (22).
 *
 * <p>One alert per product and episode: terms emerging while a product's term alert runs join it (it
 * grows). Counts are running totals per day, so a test costs the same whatever the history's length.
 * Contacts come in day order. Not thread-safe.
 */
public final class EmergingTermDetector {

    private final TermSettings settings;
    private final TermExtractor extractor = new TermExtractor();
    private final Map<String, DaySeries> productContacts = new HashMap<>();
    private final DaySeries allContacts = new DaySeries();
    private final Map<String, DaySeries> termContacts = new HashMap<>();
    private final Map<String, ProductTerms> products = new HashMap<>();
    /** The day each product was first heard of: its own history starts there. */
    private final Map<String, Long> productFirstDay = new HashMap<>();

    private long nextPruneDay = Long.MIN_VALUE;

    public EmergingTermDetector(TermSettings settings) {
        this.settings = settings;
    }

    public static EmergingTermDetector withDefaults() {
        return new EmergingTermDetector(TermSettings.defaults());
    }

    /** Counts one negative contact; returns the term alert it starts or grows, if any. */
    public List<Emergence> observe(String productCode, long day, String contactId, String text, boolean hazardous) {
        return observe(productCode, day, contactId, text, "", hazardous);
    }

    /**
     * Counts one negative contact with the component its source filed it under ({@link ComponentTerms}: one
     * more term, tested like the words against the product's history and the other products' same component).
     */
    public List<Emergence> observe(
            String productCode, long day, String contactId, String text, String component, boolean hazardous) {
        long firstDay = productFirstDay.merge(productCode, day, Math::min);
        if (day >= nextPruneDay) {
            forgetBefore(day - settings.windowDays() - settings.baselineDays());
            nextPruneDay = day + PRUNE_EVERY_DAYS;
        }
        Set<String> terms = extractor.terms(text);
        Set<String> components = ComponentTerms.of(component);
        if (!components.isEmpty()) {
            terms = new java.util.LinkedHashSet<>(terms);
            terms.addAll(components);
        }
        ProductTerms product = products.computeIfAbsent(productCode, k -> new ProductTerms());
        DaySeries contacts = productContacts.computeIfAbsent(productCode, k -> new DaySeries());
        contacts.add(day, 1);
        allContacts.add(day, 1);
        product.add(new Entry(day, contactId, terms, hazardous));
        while (product.recent.peekFirst().day() < day - settings.windowDays() + 1) {
            product.removeOldest();
        }
        long from = day - settings.windowDays() + 1;
        long baselineFrom = Math.max(firstDay, from - settings.baselineDays());
        boolean testable = from - baselineFrom >= settings.minBaselineDays();
        Found best = null;
        for (String term : terms) {
            DaySeries own = product.terms.computeIfAbsent(term, k -> new DaySeries());
            own.add(day, 1);
            termContacts.computeIfAbsent(term, k -> new DaySeries()).add(day, 1);
            if (!testable) {
                continue;
            }
            Found found = test(term, own, contacts, from, baselineFrom, day);
            if (found != null
                    && (best == null || found.p < best.p)
                    && (term.startsWith(ComponentTerms.PREFIX) || hazardSupported(product, term))) {
                best = found;
            }
        }
        Episode episode = product.episode;
        boolean running = episode != null && day - episode.lastDay <= settings.episodeGapDays();
        if (running && (best != null || !java.util.Collections.disjoint(terms, episode.terms))) {
            if (episode.contactIds.size() < RiseDetector.MAX_EVIDENCE) {
                episode.contactIds.add(contactId);
            }
            if (best != null) {
                episode.lastDay = day;
                episode.terms.add(best.term);
            }
            return List.of(emergence(productCode, episode, false, best != null ? best : episode.strongest));
        }
        if (running || best == null) {
            return List.of();
        }
        episode = new Episode(best, day);
        for (Entry entry : product.recent) {
            if (entry.terms().contains(best.term) && episode.contactIds.size() < RiseDetector.MAX_EVIDENCE) {
                episode.contactIds.add(entry.contactId());
            }
        }
        product.episode = episode;
        return List.of(emergence(productCode, episode, true, best));
    }

    /**
     * Drops the counts older than any test reads (window and baseline) and the terms left with
     * none: without it the term counts grew with the history (3.3 GB at a million contacts), with
     * it they are bounded by what a year and a month of contacts say.
     */
    private void forgetBefore(long day) {
        termContacts.values().removeIf(series -> {
            series.forgetBefore(day);
            return series.isEmpty();
        });
        for (ProductTerms product : products.values()) {
            product.terms.values().removeIf(series -> {
                series.forgetBefore(day);
                return series.isEmpty();
            });
        }
        productContacts.values().forEach(series -> series.forgetBefore(day));
        allContacts.forgetBefore(day);
    }

    /** The (product, term) counts currently kept: what the detector's memory grows with. */
    public long storedTermDays() {
        long days = 0;
        for (ProductTerms product : products.values()) {
            for (DaySeries series : product.terms.values()) {
                days += series.storedDays();
            }
        }
        for (DaySeries series : termContacts.values()) {
            days += series.storedDays();
        }
        return days;
    }

    /** How often old counts are dropped: a week's worth of stale days costs little. */
    static final int PRUNE_EVERY_DAYS = 7;

    private Found test(String term, DaySeries own, DaySeries contacts, long from, long baselineFrom, long day) {
        int a = own.sum(from, day);
        if (a < settings.minContacts()) {
            return null;
        }
        int n = contacts.sum(from, day);
        int ownBefore = own.sum(baselineFrom, from - 1);
        int contactsBefore = contacts.sum(baselineFrom, from - 1);
        int others = termContacts.get(term).sum(baselineFrom, day) - own.sum(baselineFrom, day);
        int otherContacts = allContacts.sum(baselineFrom, day) - contacts.sum(baselineFrom, day);
        double ownShare = (ownBefore + 0.5) / (contactsBefore + 1.0);
        double otherShare = (others + 0.5) / (otherContacts + 1.0);
        double expected = n * Math.max(ownShare, otherShare);
        if (a <= expected) {
            return null;
        }
        if (lowerRatio(a, expected) < settings.minLowerRatio()) {
            return null;
        }
        return new Found(term, from, day, a, expected, PoissonTail.atLeast(a, expected));
    }

    /**
     * Whether enough of the window's contacts with the term are hazard-bearing: a term that rises only in
     * complaints naming no hazard ("though", "unavailable") is no safety signal.
     */
    private boolean hazardSupported(ProductTerms product, String term) {
        return product.hazardousWith.getOrDefault(term, 0) >= settings.minHazardContacts();
    }

    /**
     * The 5th percentile of the ratio of a term's rate to its expected rate (the "EB05" of
     * pharmacovigilance), shrunk by a Gamma(1, 1) prior: mean 1, no term is disproportionate until its
     * counts say so, and a few contacts against a tiny expectation move the ratio little (5 contacts where
     * 0.4 were expected: 1.87, not 12.5). The posterior is Gamma(1 + a, 1 + E); for an integer shape k,
     * P(Gamma(k, 1) &le; x) = P(Poisson(x) &ge; k), so the quantile is found by bisection on the Poisson
     * tail. Only computed for the few terms past {@code minContacts}.
     */
    static double lowerRatio(int observed, double expected) {
        return lowerQuantile(observed + 1) / (1 + expected);
    }

    /**
     * The 5th percentile of Gamma(shape, 1). It depends on the count alone, so it is found once per count and
     * kept: found afresh, every contact of a busy window paid 60 Poisson tails of the term's count for each of
     * its words. Above {@link #EXACT_SHAPES} the Wilson–Hilferty approximation (relative error below 1e-5
     * there) replaces the bisection, whose tails grow with the count.
     */
    static double lowerQuantile(int shape) {
        if (shape > EXACT_SHAPES) {
            double z = 1.6448536269514722; // the standard normal's 95th percentile
            double c = 1.0 / (9.0 * shape);
            double root = 1 - c - z * Math.sqrt(c);
            return shape * root * root * root;
        }
        return LOWER_QUANTILES.computeIfAbsent(shape, EmergingTermDetector::bisectLowerQuantile);
    }

    /** Counts up to this are computed exactly (a model's term over 28 days of real complaints stays far below). */
    static final int EXACT_SHAPES = 1_000;

    private static final Map<Integer, Double> LOWER_QUANTILES = new java.util.concurrent.ConcurrentHashMap<>();

    private static double bisectLowerQuantile(int shape) {
        double lo = 0;
        double hi = shape + 10 * Math.sqrt(shape) + 10;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (PoissonTail.atLeast(shape, mid) < 0.05) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Emergence emergence(String productCode, Episode episode, boolean isNew, Found shown) {
        return new Emergence(
                productCode,
                episode.strongest.term,
                List.copyOf(episode.terms),
                isNew,
                shown.from,
                shown.to,
                shown.observed,
                shown.expected,
                episode.strongest.p,
                List.copyOf(episode.contactIds));
    }

    /**
     * An emerging term found, or its alert grown.
     *
     * @param term       the term that started the alert
     * @param terms      every term that emerged during the alert, in order
     * @param contactIds the contacts containing them, oldest first
     */
    public record Emergence(
            String productCode,
            String term,
            List<String> terms,
            boolean isNew,
            long windowStart,
            long windowEnd,
            int observed,
            double expected,
            double pValue,
            List<String> contactIds) {}

    private record Entry(long day, String contactId, Set<String> terms, boolean hazardous) {}

    private record Found(String term, long from, long to, int observed, double expected, double p) {}

    private static final class ProductTerms {
        final Map<String, DaySeries> terms = new HashMap<>();
        final Deque<Entry> recent = new ArrayDeque<>();
        /**
         * Per term, how many of {@link #recent} are hazard-bearing and name it: kept as entries come and go, since
         * counting them on each test made a contact cost as much as its window holds.
         */
        final Map<String, Integer> hazardousWith = new HashMap<>();

        void add(Entry entry) {
            recent.addLast(entry);
            if (entry.hazardous()) {
                entry.terms().forEach(term -> hazardousWith.merge(term, 1, Integer::sum));
            }
        }

        void removeOldest() {
            Entry entry = recent.removeFirst();
            if (entry.hazardous()) {
                entry.terms().forEach(term -> hazardousWith.merge(term, -1, (a, b) -> a + b == 0 ? null : a + b));
            }
        }

        Episode episode;
    }

    private static final class Episode {
        final Found strongest;
        final Set<String> terms = new LinkedHashSet<>();
        final List<String> contactIds = new ArrayList<>();
        long lastDay;

        Episode(Found first, long day) {
            this.strongest = first;
            this.lastDay = day;
            terms.add(first.term);
        }
    }
}
