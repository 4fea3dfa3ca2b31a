package org.caredesk.domain.kb.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Records how the case form's article suggestions do. A form session is one filling-in of the
 * form (a random token the form makes); an article opened from it, in a session that never
 * submitted a case, counts as a deflected case. The token is not secret: anyone could make up
 * events, which costs only the figures, never data.
 */
@ApplicationScoped
@Transactional
public class Deflection {
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");

    private final EntityManager entityManager;
    private final Clock clock;

    protected Deflection() {
        this(null, null);
    }

    @Inject
    public Deflection(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Whether {@code token} looks like a form session made by the form (32 lower-case hex digits). */
    public static boolean isFormSession(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** The form showed these articles for the first time in this form session. */
    public void shown(String formSession, Collection<Long> articleIds) {
        if (!isFormSession(formSession)) {
            return;
        }
        Instant now = clock.instant();
        articleIds.forEach(id -> entityManager.persist(new FormEvent(formSession, id, FormEvent.Kind.SHOWN, now)));
    }

    /** An article was opened from the form's suggestions. */
    public void opened(String formSession, long articleId) {
        if (isFormSession(formSession)) {
            entityManager.persist(new FormEvent(formSession, articleId, FormEvent.Kind.OPENED, clock.instant()));
        }
    }

    /** The form session ended in a case after all. */
    public void submitted(String formSession) {
        if (isFormSession(formSession)) {
            entityManager.persist(new FormEvent(formSession, null, FormEvent.Kind.SUBMITTED, clock.instant()));
        }
    }
}
