package org.caredesk.domain.segment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Segments: counted live while criteria change, saved under a name, reused by campaigns. */
@ApplicationScoped
@Transactional
public class Segments {
    static final int MAX_NAME = 120;

    private final EntityManager em;
    private final Clock clock;

    protected Segments() {
        this(null, null);
    }

    @Inject
    public Segments(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** How many customers match now (one SQL query). */
    public long count(SegmentCriteria criteria) {
        requireUsable(criteria);
        return new SegmentQuery(em).count(criteria);
    }

    /** The members after {@code afterId} in id order, {@code limit} at a time (a campaign walks them in pages). */
    public List<SegmentMember> members(SegmentCriteria criteria, long afterId, int limit) {
        requireUsable(criteria);
        return new SegmentQuery(em).members(criteria, afterId, limit);
    }

    /** Saves new criteria under a name, or replaces the criteria of the segment of that name. */
    public SegmentView save(String name, SegmentCriteria criteria, String supervisor) {
        List<String> problems = new ArrayList<>(criteria.problems());
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            problems.add("segment.error.name");
        }
        if (!problems.isEmpty()) {
            throw new SegmentException(problems);
        }
        Optional<Segment> existing = em.createQuery("SELECT s FROM Segment s WHERE s.name = :n", Segment.class)
                .setParameter("n", trimmed)
                .getResultStream()
                .findFirst();
        Segment segment;
        if (existing.isPresent()) {
            segment = existing.get();
            segment.change(criteria);
        } else {
            segment = new Segment(trimmed, criteria, supervisor, clock.instant());
            em.persist(segment);
        }
        em.flush();
        return segment.view();
    }

    public List<SegmentView> all() {
        return em.createQuery("SELECT s FROM Segment s ORDER BY s.name", Segment.class)
                .getResultStream()
                .map(Segment::view)
                .toList();
    }

    public Optional<SegmentView> find(long id) {
        return Optional.ofNullable(em.find(Segment.class, id)).map(Segment::view);
    }

    /** The catalogue, by name, for choosing products. */
    public List<ProductChoice> products() {
        return em.createQuery(
                        "SELECT NEW org.caredesk.domain.segment.ProductChoice(p.id, p.name) FROM Product p ORDER BY p.name",
                        ProductChoice.class)
                .getResultList();
    }

    /** The regions customers live in, for choosing one. */
    public List<String> regions() {
        return em.createQuery(
                        "SELECT DISTINCT c.region FROM Customer c WHERE c.region IS NOT NULL ORDER BY c.region",
                        String.class)
                .getResultList();
    }

    private static void requireUsable(SegmentCriteria criteria) {
        if (!criteria.problems().isEmpty()) {
            throw new SegmentException(criteria.problems());
        }
    }
}
