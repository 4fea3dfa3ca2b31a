package org.caredesk.domain.cases.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caredesk.domain.cases.CaseSummary;
import org.caredesk.domain.cases.SupportCase;

/**
 * Earlier cases that read like this one (subject and consumer messages, Lucene MoreLikeThis), to spot
 * duplicates: on the case index ({@link CaseSearch}), so it needs no index of its own and follows the
 * feed with it.
 */
@ApplicationScoped
public class SimilarCases {
    private final CaseSearch search;
    private final EntityManager entityManager;

    protected SimilarCases() {
        this(null, null);
    }

    @Inject
    public SimilarCases(CaseSearch search, EntityManager entityManager) {
        this.search = search;
        this.entityManager = entityManager;
    }

    /** Up to {@code limit} cases like {@code caseNumber}, most similar first. */
    @Transactional
    public List<CaseSummary> like(String caseNumber, int limit) {
        List<String> numbers = search.similarNumbers(caseNumber, limit);
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, CaseSummary> found = new HashMap<>();
        entityManager
                .createQuery("SELECT c FROM SupportCase c WHERE c.caseNumber IN :numbers", SupportCase.class)
                .setParameter("numbers", numbers)
                .getResultStream()
                .forEach(c -> found.put(c.getCaseNumber(), CaseSummary.of(c)));
        return numbers.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
