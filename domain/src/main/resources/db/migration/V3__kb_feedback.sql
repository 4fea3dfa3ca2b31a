-- Knowledge-base feedback, case-form deflection and the editable synonyms (issue 4, portal and
-- console side). Portable H2 2.3 / PostgreSQL SQL, as V1.

-- "Was this helpful?": one vote per article and browser session (session_key is a hash, never
-- the session id itself), with an optional comment.
CREATE TABLE kb_feedback (
    id               BIGINT PRIMARY KEY,
    article_id       BIGINT NOT NULL REFERENCES article (id),
    helpful          BOOLEAN NOT NULL,
    comment_text     VARCHAR(2000),
    session_key      VARCHAR(64) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX kb_feedback_vote_ux ON kb_feedback (article_id, session_key);

-- What happened on one filling-in of the case form: articles SHOWN as suggestions, articles
-- OPENED from there, and whether the case was SUBMITTED (article_id null). An opened article in
-- a form session without a submission counts as a deflection.
CREATE TABLE kb_form_event (
    id               BIGINT PRIMARY KEY,
    form_session     VARCHAR(64) NOT NULL,
    article_id       BIGINT,
    kind             VARCHAR(20) NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kb_form_event_article_ix ON kb_form_event (article_id, kind);
CREATE INDEX kb_form_event_session_ix ON kb_form_event (form_session, kind);

-- The synonyms a supervisor edits, in the knowledge base's text format (one row; none means
-- the shipped defaults).
CREATE TABLE kb_synonyms (
    id               INTEGER PRIMARY KEY,
    content          VARCHAR(200000) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(254) NOT NULL,
    version          BIGINT NOT NULL
);
