package org.caredesk.domain.cases.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.QueueEntry;
import org.caredesk.domain.cases.search.CaseCriteria;

/**
 * The queue as views: built-in ones and the ones each staff member saved. A page is ordered and cut in
 * SQL (keyset on the sort column and the id, {@value #PAGE_SIZE} a page) and then read whole, 50 rows at
 * a time; a count is one {@code COUNT(*)} on the same conditions. Nothing ranks every open case in memory.
 */
@ApplicationScoped
@Transactional
public class CaseViews {
    public static final int PAGE_SIZE = 50;
    public static final int MAX_SAVED = 30;
    public static final int MAX_NAME = 80;
    private static final CaseCriteria OPEN_CASES =
            new CaseCriteria(null, CaseCriteria.OPEN, null, null, null, null, null, null, null, null, false);
    private static final String SAVED = "saved-";

    private final EntityManager entityManager;
    private final CaseQueue queue;
    private final Clock clock;

    protected CaseViews() {
        this(null, null, null);
    }

    @Inject
    public CaseViews(EntityManager entityManager, CaseQueue queue, Clock clock) {
        this.entityManager = entityManager;
        this.queue = queue;
        this.clock = clock;
    }

    /** The built-in views, then {@code login}'s saved ones, each with its count. */
    public List<ViewSummary> views(String login) {
        Instant now = clock.instant();
        List<ViewSummary> views = new ArrayList<>();
        BuiltInView[] builtIn = BuiltInView.values();
        long[] counts = builtInCounts(builtIn, login, now);
        for (int i = 0; i < builtIn.length; i++) {
            BuiltInView view = builtIn[i];
            views.add(new ViewSummary(
                    view.key(), null, view.criteria().queryString(), ViewSort.URGENCY.key(), false, counts[i]));
        }
        for (SavedView saved : saved(login)) {
            CaseCriteria criteria = CaseCriteria.fromQueryString(saved.getCriteria());
            // A saved view with words is counted by the search page, not here: SQL does not read words.
            long count = criteria.hasText() ? -1 : count(new ViewQuery(criteria, login, now));
            views.add(new ViewSummary(
                    SAVED + saved.getId(),
                    saved.getName(),
                    saved.getCriteria(),
                    saved.getSortKey(),
                    saved.isDescending(),
                    count));
        }
        return views;
    }

    /**
     * The counts of the built-in views in one reading of the open cases (every built-in view is a part of them),
     * not one reading each: at 100,000 open cases each count costs about as much as all of them together.
     */
    private long[] builtInCounts(BuiltInView[] builtIn, String login, Instant now) {
        ViewQuery open = new ViewQuery(OPEN_CASES, login, now);
        StringBuilder sql = new StringBuilder("SELECT ");
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < builtIn.length; i++) {
            if (!CaseCriteria.OPEN.containsAll(builtIn[i].criteria().statuses())) {
                throw new IllegalStateException(builtIn[i].key() + " is not a view of open cases");
            }
            ViewQuery view = new ViewQuery(builtIn[i].criteria(), login, now);
            sql.append(i == 0 ? "" : ", ")
                    .append("COUNT(CASE WHEN ")
                    .append(view.where())
                    .append(" THEN 1 END)");
            parameters.addAll(view.parameters());
        }
        sql.append(" FROM support_case c WHERE ").append(open.where());
        parameters.addAll(open.parameters());
        Object result = bind(entityManager.createNativeQuery(sql.toString()), parameters)
                .getSingleResult();
        Object[] row = result instanceof Object[] a ? a : new Object[] {result};
        long[] counts = new long[builtIn.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
        }
        return counts;
    }

    /** The view called {@code key} for {@code login}: a built-in one or one of theirs. */
    public Optional<ViewSummary> view(String key, String login) {
        Optional<BuiltInView> builtIn = BuiltInView.byKey(key);
        if (builtIn.isPresent()) {
            return Optional.of(new ViewSummary(
                    key, null, builtIn.get().criteria().queryString(), ViewSort.URGENCY.key(), false, -1));
        }
        return savedView(key, login)
                .map(s -> new ViewSummary(key, s.getName(), s.getCriteria(), s.getSortKey(), s.isDescending(), -1));
    }

    /** One page of the cases matching {@code criteria} (without words) in {@code sort} order, after {@code after}. */
    public ViewPage page(CaseCriteria criteria, ViewSort sort, boolean descending, String after, String login) {
        if (criteria.hasText()) {
            throw new IllegalArgumentException("a view with words is a search: use the case search");
        }
        ViewQuery view = new ViewQuery(criteria, login, clock.instant());
        List<Object> keyset = after == null || after.isBlank() ? null : keyset(sort, after);
        List<Object[]> rows = sort == ViewSort.URGENCY
                ? byUrgency(view, descending, keyset)
                : ordered(view, null, sort.columns(view), descending, keyset, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        List<Object[]> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        List<QueueEntry> cases = queue.rows(
                shown.stream().map(r -> ((Number) r[r.length - 1]).longValue()).toList());
        String next = more ? cursor(shown.get(PAGE_SIZE - 1)) : null;
        return new ViewPage(cases, count(view), next);
    }

    /**
     * The urgency order in two ranges, breached cases first (last when descending): whether a case is
     * breached changes with the clock, so no index can hold it, but within each range the order (hazard,
     * sentiment, deadline, age, id) is an index's. The second range is read only when the first ran out.
     */
    private List<Object[]> byUrgency(ViewQuery view, boolean descending, List<Object> keyset) {
        List<String> columns = ViewSort.URGENCY.columns(view);
        List<String> within = columns.subList(1, columns.size());
        List<Object[]> rows = new ArrayList<>();
        for (int breached : descending ? new int[] {1, 0} : new int[] {0, 1}) {
            List<Object> from = null;
            if (keyset != null) {
                int at = (Integer) keyset.get(0);
                if (at == breached) {
                    from = keyset.subList(1, keyset.size());
                } else if (descending ? breached > at : breached < at) {
                    continue; // this range lies before the position
                }
            }
            String range = breached == 0 ? view.breachCondition() : view.notBreachedCondition();
            for (Object[] row : ordered(view, range, within, descending, from, PAGE_SIZE + 1 - rows.size())) {
                Object[] full = new Object[row.length + 1];
                full[0] = breached;
                System.arraycopy(row, 0, full, 1, row.length);
                rows.add(full);
            }
            if (rows.size() > PAGE_SIZE) {
                break;
            }
        }
        return rows;
    }

    /** Up to {@code limit} rows of the sort values and id, in that order, after {@code keyset} (null: from the start). */
    private List<Object[]> ordered(
            ViewQuery view,
            String range,
            List<String> sortColumns,
            boolean descending,
            List<Object> keyset,
            int limit) {
        List<String> columns = new ArrayList<>(sortColumns);
        columns.add("c.id");
        String tuple = columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")";
        List<Object> parameters = new ArrayList<>(view.parameters());
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(String.join(", ", columns))
                .append(" FROM support_case c WHERE ")
                .append(view.where());
        if (range != null) {
            sql.append(" AND ").append(range);
        }
        if (keyset != null) {
            sql.append(" AND ").append(tuple).append(descending ? " < " : " > ");
            sql.append(
                    keyset.size() == 1
                            ? "?"
                            : "(" + String.join(", ", java.util.Collections.nCopies(keyset.size(), "?")) + ")");
            parameters.addAll(keyset);
        }
        String direction = descending ? " DESC" : " ASC";
        sql.append(" ORDER BY ")
                .append(String.join(
                        ", ", columns.stream().map(c -> c + direction).toList()))
                .append(" FETCH FIRST ")
                .append(limit)
                .append(" ROWS ONLY");
        return rows(bind(entityManager.createNativeQuery(sql.toString()), parameters)
                .getResultList());
    }

    /** A native query with one column answers values, not arrays: always arrays here. */
    private static List<Object[]> rows(List<?> result) {
        return result.stream()
                .map(r -> r instanceof Object[] a ? a : new Object[] {r})
                .toList();
    }

    /** How many cases match {@code criteria} (without words) now. */
    public long count(CaseCriteria criteria, String login) {
        return count(new ViewQuery(criteria, login, clock.instant()));
    }

    private long count(ViewQuery view) {
        Object count = bind(
                        entityManager.createNativeQuery("SELECT COUNT(*) FROM support_case c WHERE " + view.where()),
                        view.parameters())
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /** Saves {@code criteria} as a personal view of {@code login}'s called {@code name}. */
    public ViewSummary save(String login, String name, CaseCriteria criteria, ViewSort sort, boolean descending) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be 1 to " + MAX_NAME + " characters");
        }
        if (saved(login).size() >= MAX_SAVED) {
            throw new IllegalArgumentException("at most " + MAX_SAVED + " saved views each");
        }
        SavedView view = new SavedView(login, clean, criteria.queryString(), sort.key(), descending, clock.instant());
        entityManager.persist(view);
        entityManager.flush();
        return new ViewSummary(SAVED + view.getId(), clean, view.getCriteria(), sort.key(), descending, -1);
    }

    /** Deletes one of {@code login}'s saved views; false when they have none by that key. */
    public boolean delete(String key, String login) {
        Optional<SavedView> view = savedView(key, login);
        view.ifPresent(entityManager::remove);
        return view.isPresent();
    }

    private List<SavedView> saved(String login) {
        return entityManager
                .createQuery(
                        "SELECT v FROM SavedView v WHERE v.ownerLogin = :login ORDER BY v.name, v.id", SavedView.class)
                .setParameter("login", login)
                .getResultList();
    }

    private Optional<SavedView> savedView(String key, String login) {
        if (key == null || !key.startsWith(SAVED)) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(key.substring(SAVED.length()));
            return Optional.ofNullable(entityManager.find(SavedView.class, id))
                    .filter(v -> v.getOwnerLogin().equals(login));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** The last row's sort values and id, so the next page starts right after it. */
    private static String cursor(Object[] row) {
        List<String> values = new ArrayList<>();
        for (Object value : row) {
            values.add(
                    value instanceof java.sql.Timestamp t
                            ? t.toInstant().toString()
                            : value instanceof OffsetDateTime t
                                    ? t.toInstant().toString()
                                    : value instanceof Instant t
                                            ? t.toString()
                                            : value instanceof Boolean b
                                                    ? (b ? "1" : "0")
                                                    : String.valueOf(((Number) value).longValue()));
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join("|", values).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Object> keyset(ViewSort sort, String after) {
        try {
            String[] values = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|");
            List<ViewSort.Kind> kinds = sort.kinds();
            if (values.length != kinds.size() + 1) {
                throw new IllegalArgumentException();
            }
            List<Object> keyset = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                keyset.add(
                        kinds.get(i) == ViewSort.Kind.TIME
                                ? ViewQuery.at(Instant.parse(values[i]))
                                : Integer.parseInt(values[i]));
            }
            keyset.add(Long.parseLong(values[kinds.size()]));
            return keyset;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("after is not a position this view gave out");
        }
    }
}
