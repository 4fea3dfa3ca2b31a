package org.caredesk.console.search;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.caredesk.console.platform.PageMessages;
import org.caredesk.domain.cases.CaseQueue;
import org.caredesk.domain.cases.search.CaseCriteria;
import org.caredesk.domain.cases.search.CaseHits;
import org.caredesk.domain.cases.search.CaseSearch;
import org.caredesk.domain.cases.views.CaseViews;
import org.caredesk.domain.cases.views.ViewSort;
import org.caredesk.domain.cases.views.ViewSummary;
import org.caredesk.domain.user.StaffDirectory;

/**
 * The results of the header's search box, with the search's filters: everything is in the URL (a GET
 * form), so a search is a link; it can be saved as a personal view.
 */
@Named
@ViewScoped
public class CaseSearchPage implements Serializable {
    private final transient CaseSearch search;
    private final transient CaseViews views;
    private final transient CaseQueue queue;
    private final transient StaffDirectory staff;

    private CaseCriteria criteria = CaseCriteria.ANY;
    private int page = 1;
    private CaseHits hits;
    private String problem;
    private String newViewName;

    protected CaseSearchPage() {
        this(null, null, null, null);
    }

    @Inject
    public CaseSearchPage(CaseSearch search, CaseViews views, CaseQueue queue, StaffDirectory staff) {
        this.search = search;
        this.views = views;
        this.queue = queue;
        this.staff = staff;
    }

    /** Reads the request's parameters (the page is GET only) and searches. */
    public void load() {
        Map<String, String[]> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        try {
            criteria = CaseCriteria.parse(name -> parameters.containsKey(name)
                    ? Arrays.stream(parameters.get(name))
                            .filter(v -> !v.isBlank())
                            .toList()
                    : List.of());
            String[] pageValue = parameters.get("page");
            page = pageValue == null ? 1 : CaseSearchResource.page(List.of(pageValue));
            hits = search.search(criteria, PageMessages.user(), page);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            hits = new CaseHits(List.of(), 0, false, 1, CaseSearch.PAGE_SIZE);
        }
    }

    public CaseHits getHits() {
        return hits;
    }

    public CaseCriteria getCriteria() {
        return criteria;
    }

    /** What could not be read from the URL (a hand-typed date), said to the agent instead of an error page. */
    public String getProblem() {
        return problem;
    }

    public String getStatus() {
        return criteria.statuses().size() == 1 ? criteria.statuses().iterator().next() : "";
    }

    public boolean isOpenOnly() {
        return criteria.statuses().equals(CaseCriteria.OPEN);
    }

    /** The link to page {@code n} of the same search. */
    public String pageLink(int n) {
        String query = criteria.queryString();
        return "search.xhtml?" + query + (query.isEmpty() ? "" : "&") + "page=" + n;
    }

    public int getPage() {
        return page;
    }

    public long getFirstShown() {
        return hits.cases().isEmpty() ? 0 : (long) (page - 1) * CaseSearch.PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return (long) (page - 1) * CaseSearch.PAGE_SIZE + hits.cases().size();
    }

    public List<String> getProducts() {
        return queue.openProducts();
    }

    public List<StaffDirectory.Staff> getStaff() {
        return staff.all();
    }

    /** Saves this search as a personal view (opened on the queue page; one with words comes back here). */
    public String saveView() {
        try {
            ViewSummary saved = views.save(PageMessages.user(), newViewName, criteria, ViewSort.URGENCY, false);
            return "/index?faces-redirect=true&view=" + saved.key();
        } catch (IllegalArgumentException e) {
            PageMessages.error("views.saveInvalid", CaseViews.MAX_NAME);
            return null;
        }
    }

    public String getNewViewName() {
        return newViewName;
    }

    public void setNewViewName(String newViewName) {
        this.newViewName = newViewName;
    }
}
