package org.caredesk.domain.cases.views;

/**
 * A view as the menu lists it: {@code key} ("mine", … or "saved-ID"), a saved view's {@code name} (null
 * for built-in ones, which the page names in its language), its criteria as a query string, sort and
 * how many cases it holds now.
 */
public record ViewSummary(String key, String name, String criteria, String sort, boolean descending, long count) {
    public boolean builtIn() {
        return name == null;
    }
}
