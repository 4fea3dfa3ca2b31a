package org.caredesk.domain.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caredesk.domain.cases.Contact;
import org.caredesk.sentiment.warning.DetectorSettings;
import org.caredesk.sentiment.warning.SafetySignal;

/**
 * Builds the alert page. The daily counts are counted the way the detector counts (negative
 * contacts with the hazard about the product, each consumer once a day, days in the detector's
 * zone) from four weeks before the window to a week after it, or today if sooner.
 */
@ApplicationScoped
@Transactional
public class AlertDetails {
    static final int DAYS_BEFORE = 28;
    static final int DAYS_AFTER = 7;
    private static final int EXCERPT = 280;

    private final EntityManager entityManager;
    private final Clock clock;
    private final ZoneId zone = DetectorSettings.defaults().zone();

    protected AlertDetails() {
        this(null, null);
    }

    @Inject
    public AlertDetails(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Optional<AlertPage> page(long id) {
        Alert alert = entityManager.find(Alert.class, id);
        if (alert == null) {
            return Optional.empty();
        }
        List<AlertPage.Decision> history = entityManager
                .createQuery(
                        "SELECT d FROM AlertDecisionEntry d WHERE d.alert = :a ORDER BY d.decidedAt, d.id",
                        AlertDecisionEntry.class)
                .setParameter("a", alert)
                .getResultStream()
                .map(d -> new AlertPage.Decision(
                        d.getStatus().name().toLowerCase(Locale.ROOT),
                        d.getReason(),
                        d.getDecidedBy(),
                        d.getDecidedAt()))
                .toList();
        List<AlertPage.SupportingContact> contacts = alert.getEvidence().isEmpty()
                ? List.of()
                : entityManager
                        .createQuery(
                                "SELECT c FROM Contact c WHERE c.id IN :ids ORDER BY c.receivedAt, c.id", Contact.class)
                        .setParameter("ids", alert.getEvidence())
                        .getResultStream()
                        .map(this::supporting)
                        .toList();
        long owned = entityManager
                .createQuery("SELECT COUNT(o) FROM OwnedProduct o WHERE o.product = :p", Long.class)
                .setParameter("p", alert.getProduct())
                .getSingleResult();
        return Optional.of(
                new AlertPage(AlertView.of(alert, owned), alert.getResolutionNote(), history, contacts, days(alert)));
    }

    private AlertPage.SupportingContact supporting(Contact c) {
        String body = c.getBody() == null ? "" : c.getBody().strip();
        return new AlertPage.SupportingContact(
                c.getId(),
                c.getReceivedAt(),
                c.getChannel().wireName(),
                c.getSupportCase() == null ? null : c.getSupportCase().getCaseNumber(),
                body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…",
                c.getSentiment(),
                c.getSentimentEvidence(),
                c.getHazards().stream()
                        .map(h -> h.getCategory() + ": " + h.getEvidence())
                        .toList(),
                c.getProductMentions().stream()
                        .map(m -> m.getProductCode() + ": " + m.getMatchedText())
                        .toList());
    }

    private List<AlertPage.DailyCount> days(Alert alert) {
        LocalDate from = alert.getWindowStart().minusDays(DAYS_BEFORE);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate to = alert.getWindowEnd().plusDays(DAYS_AFTER);
        if (to.isAfter(today)) {
            to = today.isBefore(alert.getWindowEnd()) ? alert.getWindowEnd() : today;
        }
        Map<LocalDate, Set<String>> consumersByDay = new HashMap<>();
        String code = alert.getProduct().getCode();
        // A category alert charts that category; an any-hazard alert every hazard; an emerging term its own contacts.
        String hazard = alert.getHazard();
        boolean term = hazard.startsWith(SafetySignal.TERM_PREFIX);
        if (term && alert.getEvidence().isEmpty()) {
            return List.of();
        }
        String where = term
                ? "c.id IN :ids"
                : SafetySignal.ANY_HAZARD.equals(hazard)
                        ? "c.sentiment = 'negative'"
                        : "c.sentiment = 'negative' AND h.category = :hazard";
        var query = entityManager.createQuery(
                "SELECT DISTINCT c FROM Contact c " + (term ? "" : "JOIN c.hazards h ") + "WHERE " + where
                        + " AND c.receivedAt >= :from AND c.receivedAt < :to",
                Contact.class);
        if (term) {
            query.setParameter("ids", alert.getEvidence());
        } else if (!SafetySignal.ANY_HAZARD.equals(hazard)) {
            query.setParameter("hazard", hazard);
        }
        query.setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultStream()
                .filter(c -> WarningInputs.productCode(c).filter(code::equals).isPresent())
                .forEach(c -> consumersByDay
                        .computeIfAbsent(LocalDate.ofInstant(c.getReceivedAt(), zone), d -> new HashSet<>())
                        .add(WarningInputs.consumer(c)));
        int windowDays = (int) (alert.getWindowEnd().toEpochDay()
                        - alert.getWindowStart().toEpochDay())
                + 1;
        double expectedPerDay = alert.getExpected() / windowDays;
        return from.datesUntil(to.plusDays(1))
                .map(day -> new AlertPage.DailyCount(
                        day,
                        consumersByDay.getOrDefault(day, Set.of()).size(),
                        expectedPerDay,
                        !day.isBefore(alert.getWindowStart()) && !day.isAfter(alert.getWindowEnd())))
                .toList();
    }
}
