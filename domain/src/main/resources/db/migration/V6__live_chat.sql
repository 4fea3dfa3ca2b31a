-- Live chat and agent presence (issue 6). Portable H2 2.3 / PostgreSQL SQL, like V1.

CREATE TABLE chat (
    id               BIGINT PRIMARY KEY,
    key_hash         VARCHAR(100) NOT NULL,
    customer_id      BIGINT REFERENCES customer (id),
    visitor_name     VARCHAR(200),
    language         VARCHAR(8) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    agent_id         BIGINT REFERENCES app_user (id),
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at      TIMESTAMP WITH TIME ZONE,
    ended_at         TIMESTAMP WITH TIME ZONE,
    contact_id       BIGINT REFERENCES contact (id),
    version          BIGINT NOT NULL
);
CREATE INDEX chat_status_ix ON chat (status, started_at);
CREATE INDEX chat_agent_ix ON chat (agent_id, status);

CREATE TABLE chat_message (
    id               BIGINT PRIMARY KEY,
    chat_id          BIGINT NOT NULL REFERENCES chat (id),
    author           VARCHAR(10) NOT NULL,
    body             VARCHAR(4000) NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX chat_message_chat_ix ON chat_message (chat_id, sent_at);

-- One row per staff member who ever opened the console. Online while a console socket is open and
-- seen_at is fresh (consoles refresh it while connected, so a crashed instance's rows go stale).
CREATE TABLE agent_presence (
    user_id          BIGINT PRIMARY KEY REFERENCES app_user (id),
    connections      INTEGER NOT NULL,
    away             BOOLEAN DEFAULT FALSE NOT NULL,
    seen_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);
