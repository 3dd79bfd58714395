-- The audit trail: append-only, each event hashed over its content and the previous event's hash.
CREATE TABLE audit_events (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    seq             BIGINT        NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    actor_id        BIGINT,
    actor_name      VARCHAR(100)  NOT NULL,
    organization_id BIGINT,
    action          VARCHAR(30)   NOT NULL,
    table_id        BIGINT,
    details         VARCHAR(8000),
    client_address  VARCHAR(64),
    prev_hash       VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_audit_events_seq UNIQUE (seq)
);
CREATE INDEX ix_audit_events_table ON audit_events (table_id, seq);
CREATE INDEX ix_audit_events_actor ON audit_events (actor_id, seq);
CREATE INDEX ix_audit_events_action ON audit_events (action, created_at);

-- The head of the chain: one row, locked while an event is appended so the chain stays a single line.
CREATE TABLE audit_chain (
    id        INT          NOT NULL PRIMARY KEY,
    last_seq  BIGINT       NOT NULL,
    last_hash VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- In-app notifications.
CREATE TABLE notifications (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT        NOT NULL,
    created_at TIMESTAMP     NOT NULL,
    kind       VARCHAR(30)   NOT NULL,
    table_id   BIGINT,
    message    VARCHAR(500)  NOT NULL,
    read_at    TIMESTAMP,
    CONSTRAINT fk_notifications_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_notifications_user ON notifications (user_id, read_at);
