package org.caredesk.domain.kb.feedback;

import jakarta.persistence.*;
import java.time.Instant;
import org.caredesk.domain.platform.Ids;

/** Something that happened during one filling-in of the case form (see {@link Deflection}). */
@Entity
@Table(name = "kb_form_event")
public class FormEvent {
    /** What happened; {@code SUBMITTED} has no article. */
    public enum Kind {
        SHOWN,
        OPENED,
        SUBMITTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(name = "form_session")
    private String formSession;

    @Column(name = "article_id")
    private Long articleId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Instant at;

    protected FormEvent() {}

    public FormEvent(String formSession, Long articleId, Kind kind, Instant at) {
        this.formSession = formSession;
        this.articleId = articleId;
        this.kind = kind;
        this.at = at;
    }
}
