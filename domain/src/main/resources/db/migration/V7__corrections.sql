-- Agents correct the pipeline's tags; supervisors retrain the sentiment models from the corpus
-- plus those corrections and switch a trained version on (voice branch, issue 7).
-- Portable SQL only (H2 2.3 and PostgreSQL), ids from entity_seq like every other table.

-- One correction of one contact's tags: the new sentiment label, or a hazard category added or
-- removed; who made it and when. Kept after the contact's tags change again (the history).
CREATE TABLE tag_correction (
    id               BIGINT PRIMARY KEY,
    contact_id       BIGINT NOT NULL REFERENCES contact (id),
    kind             VARCHAR(20) NOT NULL,
    tag_value        VARCHAR(40) NOT NULL,
    previous_value   VARCHAR(40),
    corrected_by     VARCHAR(254) NOT NULL,
    corrected_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tag_correction_contact_ix ON tag_correction (contact_id, corrected_at);
CREATE INDEX tag_correction_kind_ix ON tag_correction (kind, corrected_at);

-- A retrained sentiment model: its files live under <data>/models/sentiment/v<version>.
-- At most one row is ACTIVE; none means the models bundled with the build are in use.
CREATE TABLE sentiment_model (
    id                  BIGINT PRIMARY KEY,
    model_version       INTEGER NOT NULL,
    status              VARCHAR(20) NOT NULL,
    progress            INTEGER NOT NULL,
    step                VARCHAR(200),
    requested_by        VARCHAR(254) NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    activated_at        TIMESTAMP WITH TIME ZONE,
    activated_by        VARCHAR(254),
    previous_version    INTEGER,
    corrections         INTEGER NOT NULL,
    corpus_limit        INTEGER NOT NULL,
    en_samples          INTEGER,
    en_accuracy         DOUBLE PRECISION,
    en_macro_f1         DOUBLE PRECISION,
    it_samples          INTEGER,
    it_accuracy         DOUBLE PRECISION,
    it_macro_f1         DOUBLE PRECISION,
    base_en_accuracy    DOUBLE PRECISION,
    base_en_macro_f1    DOUBLE PRECISION,
    base_it_accuracy    DOUBLE PRECISION,
    base_it_macro_f1    DOUBLE PRECISION,
    failure             VARCHAR(1000),
    version             BIGINT NOT NULL
);
CREATE UNIQUE INDEX sentiment_model_version_ux ON sentiment_model (model_version);
