-- Issue 21, items 4, 5 and 9: merged and linked cases, macros (replacing canned replies), and calls
-- that a PBX announces with an integration token.

-- A merged case points at the case that took in its history.
ALTER TABLE support_case ADD COLUMN merged_into_id BIGINT;
ALTER TABLE support_case ADD CONSTRAINT support_case_merged_into_fk FOREIGN KEY (merged_into_id) REFERENCES support_case (id);

-- Merge, link and split events name the other case on the timeline.
ALTER TABLE case_event ADD COLUMN detail VARCHAR(200);

-- Related cases (all the cases behind one alert, say): one row each way, so either side lists the other.
CREATE TABLE case_relation (
    case_id          BIGINT NOT NULL REFERENCES support_case (id),
    related_id       BIGINT NOT NULL REFERENCES support_case (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(254) NOT NULL,
    PRIMARY KEY (case_id, related_id)
);

-- Macros: a reply text with placeholders and the changes that go with it. Canned replies become macros
-- that only reply; their ids are kept.
CREATE TABLE macro (
    id               BIGINT PRIMARY KEY,
    title            VARCHAR(200) NOT NULL,
    body             VARCHAR(4000),
    language         VARCHAR(8) NOT NULL,
    set_status       VARCHAR(20),
    set_priority     VARCHAR(20),
    add_tags         VARCHAR(1000),
    assign_to        VARCHAR(254),
    version          BIGINT NOT NULL
);
INSERT INTO macro (id, title, body, language, version) SELECT id, title, body, language, 0 FROM canned_reply;
DROP TABLE canned_reply;

-- Tokens integrations (a PBX) authenticate with; only a hash is kept.
CREATE TABLE integration_token (
    id               BIGINT PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    token_hash       VARCHAR(64) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(254) NOT NULL,
    last_used_at     TIMESTAMP WITH TIME ZONE,
    revoked_at       TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX integration_token_hash_ux ON integration_token (token_hash);

-- A staff member's phone extension, as a PBX names the agent who picked up.
ALTER TABLE app_user ADD COLUMN phone_extension VARCHAR(20);
CREATE UNIQUE INDEX app_user_extension_ux ON app_user (phone_extension);

-- Calls announced by the PBX: ringing at an agent, then ended with duration and outcome.
CREATE TABLE phone_call (
    id               BIGINT PRIMARY KEY,
    caller_number    VARCHAR(40) NOT NULL,
    dialled_line     VARCHAR(40),
    agent_login      VARCHAR(254) NOT NULL,
    customer_id      BIGINT REFERENCES customer (id),
    case_id          BIGINT REFERENCES support_case (id),
    contact_id       BIGINT REFERENCES contact (id),
    token_id         BIGINT NOT NULL REFERENCES integration_token (id),
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    duration_seconds INTEGER,
    outcome          VARCHAR(30),
    note             VARCHAR(20000)
);
CREATE INDEX phone_call_agent_ix ON phone_call (agent_login, started_at);
