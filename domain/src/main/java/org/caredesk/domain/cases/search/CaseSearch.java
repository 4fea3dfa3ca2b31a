package org.caredesk.domain.cases.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.QueueEntry;
import org.caredesk.domain.feed.FeedEventTypes;
import org.caredesk.domain.feed.FeedFollower;
import org.caredesk.domain.feed.FeedRecord;
import org.caredesk.domain.platform.CareDeskSettings;
import org.caredesk.domain.platform.JsonTexts;
import org.caredesk.kb.casesearch.CaseIndex;
import org.caredesk.kb.casesearch.CaseMatches;
import org.caredesk.kb.casesearch.CaseOrder;
import org.caredesk.kb.casesearch.CaseQuery;

/**
 * Searching cases: this application's case index under {@code <data>/index/cases-<name>}, opened at
 * start-up and rebuilt in the background when it is missing, damaged or stale (its case count or latest
 * change differs from the database's); kept current from the feed, so a change is searchable within the
 * follower's delay (well under a second).
 */
@ApplicationScoped
public class CaseSearch {
    private static final Logger LOG = Logger.getLogger(CaseSearch.class.getName());
    public static final int PAGE_SIZE = 50;
    /** Deep pages cost a search of all the pages before them: an agent refines the search instead. */
    static final int MAX_DEPTH = 10_000;

    private final IndexedCases source;
    private final CaseQueue queue;
    private final FeedFollower follower;
    private final CareDeskSettings settings;
    private volatile CaseIndex index;

    @Resource
    private ManagedExecutorService executor;

    protected CaseSearch() {
        this(null, null, null, null);
    }

    @Inject
    public CaseSearch(IndexedCases source, CaseQueue queue, FeedFollower follower, CareDeskSettings settings) {
        this.source = source;
        this.queue = queue;
        this.follower = follower;
        this.settings = settings;
    }

    /** Opens the index ({@code name} keeps applications apart) and starts following the feed. */
    public synchronized void openIndex(String name) {
        if (index != null) {
            return;
        }
        Path directory = settings.dataDir().resolve("index").resolve("cases-" + name);
        CaseIndex opened = CaseIndex.open(directory);
        index = opened;
        follower.addListener(this::applyChanges);
        Runnable check = () -> bringUpToDate(opened, directory);
        if (executor == null) {
            CompletableFuture.runAsync(check);
        } else {
            executor.submit(check);
        }
    }

    private void bringUpToDate(CaseIndex target, Path directory) {
        try {
            Object[] inDatabase = source.countAndLatest();
            long count = ((Number) inDatabase[0]).longValue();
            Instant latest = (Instant) inDatabase[1];
            boolean current = !target.wasWiped()
                    && target.size() == count
                    && (latest == null
                            || target.lastUpdate().map(latest::equals).orElse(false));
            if (current) {
                LOG.info(() -> "Case index " + directory + " is up to date: " + count + " cases");
                return;
            }
            LOG.info(() -> "Case index " + directory + " is missing or stale (" + target.size() + " cases indexed, "
                    + count + " in the database); rebuilding it");
            long started = System.nanoTime();
            target.clear();
            long after = 0;
            int done = 0;
            while (true) {
                IndexedCases.Batch batch = source.after(after);
                if (batch.cases().isEmpty()) {
                    break;
                }
                target.add(batch.cases());
                done += batch.cases().size();
                after = batch.lastId();
            }
            target.commit();
            int total = done;
            LOG.info(() -> String.format(
                    "Case index %s rebuilt: %,d cases in %,d ms",
                    directory, total, (System.nanoTime() - started) / 1_000_000));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the case index " + directory + " failed", e);
        }
    }

    /** Runs on the feed follower's thread: re-reads the cases the events name. */
    void applyChanges(List<FeedRecord> events) {
        CaseIndex current = index;
        Set<String> numbers = new LinkedHashSet<>();
        for (FeedRecord event : events) {
            if (FeedEventTypes.CASE_CREATED.equals(event.type()) || FeedEventTypes.CASE_UPDATED.equals(event.type())) {
                try (JsonReader reader = JsonTexts.reader(event.dataJson())) {
                    String number = reader.readObject().getString("caseNumber", null);
                    if (number != null) {
                        numbers.add(number);
                    }
                }
            }
        }
        if (current != null && !numbers.isEmpty()) {
            current.upsertAll(source.byNumbers(List.copyOf(numbers)));
        }
    }

    /** As {@link #search(CaseCriteria, String, int, int, String)}, {@value #PAGE_SIZE} a page, best match first. */
    public CaseHits search(CaseCriteria criteria, String login, int page) {
        return search(criteria, login, page, PAGE_SIZE, null);
    }

    /**
     * One page (from 1, of {@code size} cases) of the cases matching {@code criteria} for {@code login}, as
     * queue rows; {@code sort} "relevance" (the default: best match first, newest change first without
     * words), "updated" (newest change first) or "received" (newest case first).
     */
    public CaseHits search(CaseCriteria criteria, String login, int page, int size, String sort) {
        if (size < 1 || size > CaseQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("size must be between 1 and " + CaseQuery.MAX_LIMIT);
        }
        if (page < 1 || (long) (page - 1) * size >= MAX_DEPTH) {
            throw new IllegalArgumentException("page must be between 1 and " + (MAX_DEPTH / size));
        }
        if (criteria.breached()) {
            throw new IllegalArgumentException("breached is a view's filter: search without it or open the view");
        }
        CaseMatches matches = requireIndex()
                .search(new CaseQuery(
                        criteria.text(), criteria.filterFor(login), (page - 1) * size, size, order(sort)));
        List<QueueEntry> rows = queue.rowsByNumber(matches.numbers());
        return new CaseHits(rows, matches.total(), matches.totalIsLowerBound(), page, size);
    }

    private static CaseOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return CaseOrder.RELEVANCE;
        }
        try {
            return CaseOrder.valueOf(sort.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be one of [relevance, updated, received]");
        }
    }

    /** Case numbers like {@code number}'s consumer text, best first (see {@link SimilarCases}). */
    List<String> similarNumbers(String number, int limit) {
        return source.consumerText(number)
                .map(t -> requireIndex().similarTo(number, t[0], t[1], limit))
                .orElse(List.of());
    }

    private CaseIndex requireIndex() {
        CaseIndex current = index;
        if (current == null) {
            throw new IllegalStateException("the case index is not open");
        }
        return current;
    }

    @PreDestroy
    void close() {
        CaseIndex current = index;
        if (current != null) {
            current.close();
        }
    }
}
