package org.caredesk.portal.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.caredesk.domain.kb.KnowledgeBase;
import org.caredesk.domain.kb.feedback.Deflection;
import org.caredesk.kb.SearchHit;
import org.caredesk.kb.SearchRequest;
import org.caredesk.portal.kb.ArticleLinks;

/**
 * Deflection on the "contact us" form: while the consumer types the subject and message, the
 * best matching help articles are shown (the page asks after a pause in typing). Each filling-in
 * of the form is a form session; what was shown, opened and whether a case followed is recorded
 * through {@link Deflection}.
 */
@Named
@ViewScoped
public class CaseFormArticles implements Serializable {
    private static final int SHOWN = 3;
    /** Fewer characters than this say too little to search on. */
    private static final int MIN_TEXT = 4;
    /** The start of a long message says enough; the rest only slows the search. */
    private static final int MAX_TEXT = 1_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Share of the best hit's score a suggestion needs. */
    private static final float RELATIVE_FLOOR = 0.4f;

    private final transient KnowledgeBase knowledgeBase;
    private final transient Deflection deflection;
    private final String formSession;
    private final Set<Long> recorded = new HashSet<>();
    private List<Suggestion> suggestions = List.of();

    protected CaseFormArticles() {
        this(null, null);
    }

    @Inject
    public CaseFormArticles(KnowledgeBase knowledgeBase, Deflection deflection) {
        this.knowledgeBase = knowledgeBase;
        this.deflection = deflection;
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        this.formSession = HexFormat.of().formatHex(token);
    }

    /** Searches on what has been typed so far. */
    public void refresh(String subject, String message) {
        String text = ((subject == null ? "" : subject) + " " + (message == null ? "" : message)).strip();
        if (text.length() < MIN_TEXT) {
            suggestions = List.of();
            return;
        }
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        List<SearchHit> hits =
                knowledgeBase.search(new SearchRequest(text, null, SHOWN, 0)).hits();
        // A hit far below the best one matched on a stray common word: showing it only distracts.
        float floor = hits.isEmpty() ? 0 : hits.get(0).score() * RELATIVE_FLOOR;
        suggestions = hits.stream()
                .filter(hit -> hit.score() >= floor)
                .map(hit -> new Suggestion(hit.id(), hit.title(), hit.snippet()))
                .toList();
        List<Long> fresh =
                suggestions.stream().map(Suggestion::id).filter(recorded::add).toList();
        if (!fresh.isEmpty()) {
            deflection.shown(formSession, fresh);
        }
    }

    /** The case was sent after all: this form session deflected nothing. */
    public void submitted() {
        deflection.submitted(formSession);
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    /** The article's page, marked as opened from this form session. */
    public String articleUrl(long id) {
        return ArticleLinks.pageUrl(id) + "&fs=" + formSession;
    }

    /** An article offered on the form; the snippet is escaped text with {@code <mark>} around matches. */
    public record Suggestion(long id, String title, String snippet) implements Serializable {}
}
