package org.caredesk.domain.mail.notice;

import jakarta.persistence.*;
import java.io.Serializable;

/** A template a supervisor saved, replacing the built-in wording of one kind and language. */
@Entity
@Table(name = "mail_template")
@IdClass(MailTemplateRow.Key.class)
public class MailTemplateRow {
    @Id
    private String kind;

    @Id
    private String language;

    private String subject;

    private String body;

    protected MailTemplateRow() {}

    MailTemplateRow(NoticeKind kind, String language, String subject, String body) {
        this.kind = kind.wireName();
        this.language = language;
        update(subject, body);
    }

    void update(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    MailTemplate toTemplate() {
        return new MailTemplate(NoticeKind.fromWire(kind).orElseThrow(), language, subject, body, true);
    }

    /** The composite key: kind and language. */
    public static class Key implements Serializable {
        private String kind;
        private String language;

        public Key() {}

        public Key(String kind, String language) {
            this.kind = kind;
            this.language = language;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(kind, k.kind)
                    && java.util.Objects.equals(language, k.language);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(kind, language);
        }
    }
}
