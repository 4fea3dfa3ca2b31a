-- Working cases in the console: who changed a case last, first response and resolution times for
-- the SLA timers, case tags, canned replies and the SLA targets a supervisor sets.
-- Portable across H2 2.3 and PostgreSQL, like V1.

ALTER TABLE support_case ADD COLUMN first_response_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE support_case ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE support_case ADD COLUMN updated_by VARCHAR(254);

CREATE TABLE case_tag (
    case_id          BIGINT NOT NULL REFERENCES support_case (id),
    tag              VARCHAR(60) NOT NULL
);
CREATE INDEX case_tag_case_ix ON case_tag (case_id);

CREATE TABLE canned_reply (
    id               BIGINT PRIMARY KEY,
    title            VARCHAR(200) NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    language         VARCHAR(8) NOT NULL,
    version          BIGINT NOT NULL
);
-- Ids below entity_seq's start (1000) are free for seed rows.
INSERT INTO canned_reply (id, title, body, language, version) VALUES
    (1, 'Thanks, we are on it', 'Thank you for getting in touch. We are looking into this and will come back to you within one working day.', 'en', 0),
    (2, 'Please send the serial number', 'Could you please send us the serial number of the product? You find it on the label under the device.', 'en', 0),
    (3, 'Stop using the product', 'For your safety, please stop using the product and unplug it. We will arrange a replacement or a refund.', 'en', 0),
    (4, 'Grazie, ce ne occupiamo', 'Grazie per averci contattato. Stiamo verificando e la ricontatteremo entro un giorno lavorativo.', 'it', 0),
    (5, 'Smetta di usare il prodotto', 'Per la sua sicurezza, smetta di usare il prodotto e lo scolleghi. Organizzeremo una sostituzione o un rimborso.', 'it', 0);

-- Targets in minutes per channel and priority; a missing pair falls back to the priority's default in code.
CREATE TABLE sla_target (
    channel                 VARCHAR(20) NOT NULL,
    priority                VARCHAR(20) NOT NULL,
    first_response_minutes  INTEGER NOT NULL,
    resolution_minutes      INTEGER NOT NULL,
    PRIMARY KEY (channel, priority)
);
