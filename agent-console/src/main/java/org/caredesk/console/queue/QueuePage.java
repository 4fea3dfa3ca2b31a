package org.caredesk.console.queue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.QueueEntry;
import org.caredesk.domain.cases.bulk.BulkOutcome;
import org.caredesk.domain.cases.bulk.BulkTarget;
import org.caredesk.domain.cases.bulk.CaseBulk;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.cases.views.CaseViews;
import org.caredesk.domain.cases.views.ViewPage;
import org.caredesk.domain.cases.views.ViewSort;
import org.caredesk.domain.cases.views.ViewSummary;
import org.caredesk.domain.user.StaffDirectory;

/**
 * The queue as views: the menu of views with their counts, one view's page of 50 sorted and paged in SQL,
 * the agent's filters on top, bulk actions on the rows chosen, saving the current state as a view. The
 * state (view, filters, sort, page) is in the URL; the live feed reloads the page shown and the counts,
 * never the whole view.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {
    private final transient CaseViews views;
    private final transient CaseQueue queue;
    private final transient StaffDirectory staff;
    private final transient CaseBulk bulk;
    private final transient BulkChoice choice;

    private String view = "open";
    private String sort;
    private String dir;
    private String after;
    private int pageNumber = 1;
    /** The keysets of the pages before this one, so "previous" works without offsets. */
    private final List<String> earlier = new ArrayList<>();

    private String product;
    private String channel;
    private String language;
    private String sentiment;
    private String assignee;

    private ViewPage page;
    private List<ViewSummary> menu;
    private List<String> products;
    private List<QueueEntry> selected = new ArrayList<>();
    private boolean allInView;
    private String bulkAction;
    private String bulkValue;
    private List<BulkOutcome> outcomes;
    private String newViewName;

    protected QueuePage() {
        this(null, null, null, null, null);
    }

    @Inject
    public QueuePage(CaseViews views, CaseQueue queue, StaffDirectory staff, CaseBulk bulk, BulkChoice choice) {
        this.views = views;
        this.queue = queue;
        this.staff = staff;
        this.bulk = bulk;
        this.choice = choice;
    }

    /** After the URL's parameters are read: a view that is not there (or not theirs) falls back to all open. */
    public String load() {
        ViewSummary current = views.view(view, PageMessages.user()).orElse(null);
        if (current == null) {
            view = "open";
            current = views.view(view, PageMessages.user()).orElseThrow();
        }
        CaseCriteria criteria = CaseCriteria.fromQueryString(current.criteria());
        if (criteria.hasText()) {
            // A saved search: its words need the index.
            return "/search?faces-redirect=true&" + current.criteria();
        }
        return null;
    }

    public List<QueueEntry> getCases() {
        return page().cases();
    }

    public long getTotal() {
        return page().total();
    }

    public boolean isHasNext() {
        return page().next() != null;
    }

    public boolean isHasPrevious() {
        return pageNumber > 1;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public long getPageCount() {
        return Math.max(1, (page().total() + CaseViews.PAGE_SIZE - 1) / CaseViews.PAGE_SIZE);
    }

    private ViewPage page() {
        if (page == null) {
            refresh();
        }
        return page;
    }

    /** Re-reads the page shown and the counts: what a feed event or the minute's poll asks for. */
    public void refresh() {
        try {
            page = views.page(criteria(), ViewSort.parse(sort), "desc".equals(dir), after, PageMessages.user());
        } catch (IllegalArgumentException e) {
            // A hand-edited URL: start the view again.
            after = null;
            pageNumber = 1;
            earlier.clear();
            page = views.page(criteria(), ViewSort.URGENCY, false, null, PageMessages.user());
        }
        menu = null;
    }

    /** A filter changed: back to the first page. */
    public void filter() {
        after = null;
        pageNumber = 1;
        earlier.clear();
        selected = new ArrayList<>();
        allInView = false;
        refresh();
    }

    public void sortBy(String key) {
        ViewSort wanted = ViewSort.parse(key);
        if (wanted == ViewSort.parse(sort)) {
            dir = "desc".equals(dir) ? "asc" : "desc";
        } else {
            sort = wanted.key();
            dir = "asc";
        }
        filter();
    }

    public void next() {
        if (page().next() != null) {
            earlier.add(after);
            after = page().next();
            pageNumber++;
            refresh();
        }
    }

    /** Back a page; after a reload the earlier keysets are gone, so back to the first page. */
    public void previous() {
        if (earlier.isEmpty()) {
            filter();
        } else {
            after = earlier.remove(earlier.size() - 1);
            pageNumber--;
            refresh();
        }
    }

    public void first() {
        filter();
    }

    /** The view's criteria narrowed by the page's filters. */
    private CaseCriteria criteria() {
        ViewSummary current = views.view(view, PageMessages.user())
                .orElseGet(() -> views.view("open", PageMessages.user()).orElseThrow());
        CaseCriteria filters = new CaseCriteria(
                null, Set.of(), channel, language, product, assignee, null, null, sentiment, null, false);
        return ViewState.narrowed(CaseCriteria.fromQueryString(current.criteria()), filters);
    }

    /** The views with their counts, for the menu; read once a request. */
    public List<ViewSummary> getViews() {
        if (menu == null) {
            menu = views.views(PageMessages.user());
        }
        return menu;
    }

    /** The page's state as a query string: what the address bar shows (and a reload or a link restores). */
    public String getStateQuery() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("view", view);
        state.put("sort", sort);
        state.put("dir", dir);
        state.put("product", product);
        state.put("channel", channel);
        state.put("language", language);
        state.put("sentiment", sentiment);
        state.put("assignee", assignee);
        if (pageNumber > 1) {
            state.put("after", after);
            state.put("page", Integer.toString(pageNumber));
        }
        StringBuilder query = new StringBuilder();
        state.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                query.append(query.length() == 0 ? "" : "&")
                        .append(k)
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** Applies the chosen bulk action to the rows ticked, or to every case of the view (up to the limit). */
    public void applyBulk() {
        List<BulkTarget> targets = allInView
                ? allInView()
                : selected.stream()
                        .map(c -> new BulkTarget(c.caseNumber(), c.version()))
                        .toList();
        if (targets.isEmpty()) {
            PageMessages.warn("bulk.noneChosen");
            return;
        }
        try {
            String value = bulkValue == null || bulkValue.isBlank() ? null : bulkValue;
            String given = value == null ? "" : value;
            var action = choice.action(
                    switch (bulkAction == null ? "" : bulkAction) {
                        case "assignMe" ->
                            new BulkChoice.ChangeRequest(null, null, null, null, null, PageMessages.user(), null, null);
                        case "assign" -> new BulkChoice.ChangeRequest(null, null, null, null, null, given, null, null);
                        case "status" -> new BulkChoice.ChangeRequest(given, null, null, null, null, null, null, null);
                        case "priority" ->
                            new BulkChoice.ChangeRequest(null, given, null, null, null, null, null, null);
                        case "macro" -> new BulkChoice.ChangeRequest(null, null, null, null, null, null, given, null);
                        case "merge" -> new BulkChoice.ChangeRequest(null, null, null, null, null, null, null, given);
                        case "addTag" ->
                            new BulkChoice.ChangeRequest(
                                    null,
                                    null,
                                    null,
                                    value == null ? List.of() : List.of(value),
                                    null,
                                    null,
                                    null,
                                    null);
                        default -> throw new IllegalArgumentException("no action chosen");
                    });
            outcomes = bulk.apply(
                    action,
                    targets,
                    new org.caredesk.domain.cases.StaffMember(PageMessages.user(), PageMessages.supervisor()));
            PageMessages.info(
                    "bulk.summary", count(BulkOutcome.DONE), count(BulkOutcome.CONFLICT), count(BulkOutcome.REFUSED));
        } catch (IllegalArgumentException e) {
            PageMessages.error("bulk.invalid");
            return;
        }
        selected = new ArrayList<>();
        allInView = false;
        refresh();
    }

    private List<BulkTarget> allInView() {
        List<BulkTarget> all = new ArrayList<>();
        String position = null;
        ViewSort order = ViewSort.parse(sort);
        do {
            ViewPage one = views.page(criteria(), order, "desc".equals(dir), position, PageMessages.user());
            one.cases().forEach(c -> all.add(new BulkTarget(c.caseNumber(), null)));
            position = one.next();
        } while (position != null && all.size() < CaseBulk.MAX_CASES);
        return all.size() > CaseBulk.MAX_CASES ? all.subList(0, CaseBulk.MAX_CASES) : all;
    }

    private long count(String result) {
        return outcomes.stream().filter(o -> result.equals(o.outcome())).count();
    }

    /** Saves the view's criteria with the page's filters and sort as a personal view, and opens it. */
    public String saveView() {
        try {
            ViewSummary saved =
                    views.save(PageMessages.user(), newViewName, criteria(), ViewSort.parse(sort), "desc".equals(dir));
            return "/index?faces-redirect=true&view=" + saved.key();
        } catch (IllegalArgumentException e) {
            PageMessages.error("views.saveInvalid", CaseViews.MAX_NAME);
            return null;
        }
    }

    /** Deletes the personal view shown and goes back to all open cases. */
    public String deleteView() {
        views.delete(view, PageMessages.user());
        return "/index?faces-redirect=true";
    }

    public boolean isSavedView() {
        return view != null && view.startsWith("saved-");
    }

    public String getViewName() {
        return getViews().stream()
                .filter(v -> v.key().equals(view))
                .findFirst()
                .map(v -> v.builtIn() ? PageMessages.text("views." + v.key()) : v.name())
                .orElse("");
    }

    public String sortClass(String key) {
        if (ViewSort.parse(sort) != ViewSort.parse(key)) {
            return "sort-none";
        }
        return "desc".equals(dir) ? "sort-desc" : "sort-asc";
    }

    public String ariaSort(String key) {
        if (ViewSort.parse(sort) != ViewSort.parse(key)) {
            return "none";
        }
        return "desc".equals(dir) ? "descending" : "ascending";
    }

    public List<String> getProducts() {
        if (products == null) {
            products = queue.openProducts();
        }
        return products;
    }

    public List<StaffDirectory.Staff> getStaff() {
        return staff.all();
    }

    public String getUnassigned() {
        return CaseCriteria.UNASSIGNED;
    }

    public boolean isCapped() {
        return false;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view == null || view.isBlank() ? "open" : view;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = "desc".equals(dir) ? "desc" : null;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public void setPage(int page) {
        this.pageNumber = Math.max(1, page);
    }

    public int getPage() {
        return pageNumber;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSentiment() {
        return sentiment;
    }

    public void setSentiment(String sentiment) {
        this.sentiment = sentiment;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public List<QueueEntry> getSelected() {
        return selected;
    }

    public void setSelected(List<QueueEntry> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public boolean isAllInView() {
        return allInView;
    }

    public void setAllInView(boolean allInView) {
        this.allInView = allInView;
    }

    public String getBulkAction() {
        return bulkAction;
    }

    public void setBulkAction(String bulkAction) {
        this.bulkAction = bulkAction;
    }

    public String getBulkValue() {
        return bulkValue;
    }

    public void setBulkValue(String bulkValue) {
        this.bulkValue = bulkValue;
    }

    public List<BulkOutcome> getOutcomes() {
        return outcomes;
    }

    public String getNewViewName() {
        return newViewName;
    }

    public void setNewViewName(String newViewName) {
        this.newViewName = newViewName;
    }

    public int getMaxBulk() {
        return CaseBulk.MAX_CASES;
    }
}
