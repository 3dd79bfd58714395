-- The review workflow: submitted versions (immutable snapshots), review events (the timeline) and row comments.

ALTER TABLE target_tables ADD COLUMN disclosure VARCHAR(10);
ALTER TABLE target_tables ADD COLUMN disclosure_reason VARCHAR(500);
ALTER TABLE target_tables ADD COLUMN submitted_by BIGINT;
ALTER TABLE target_tables ADD COLUMN approved_version INT;

CREATE TABLE table_versions (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    table_id               BIGINT         NOT NULL,
    version_number         INT            NOT NULL,
    submitted_at           TIMESTAMP      NOT NULL,
    submitted_by           BIGINT         NOT NULL,
    project_name           VARCHAR(300),
    project_lead           VARCHAR(100),
    implementing_unit      VARCHAR(200),
    function_code          VARCHAR(20),
    contact_person         VARCHAR(100),
    contact_phone          VARCHAR(50),
    total_funds            DECIMAL(14, 2),
    fiscal_funds           DECIMAL(14, 2),
    other_funds            DECIMAL(14, 2),
    fiscal_upper           DECIMAL(14, 2),
    fiscal_local           DECIMAL(14, 2),
    overall_goal           VARCHAR(4000),
    satisfaction_na        BOOLEAN        NOT NULL DEFAULT FALSE,
    satisfaction_na_reason VARCHAR(500),
    CONSTRAINT uk_table_versions UNIQUE (table_id, version_number),
    CONSTRAINT fk_table_versions_table FOREIGN KEY (table_id) REFERENCES target_tables (id)
);

CREATE TABLE version_indicators (
    version_id      BIGINT        NOT NULL,
    position        INT           NOT NULL,
    level1          VARCHAR(50)   NOT NULL,
    level2          VARCHAR(50)   NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    value_text      VARCHAR(300)  NOT NULL,
    basis           VARCHAR(200),
    last_year_value VARCHAR(100),
    weight          DECIMAL(6, 2),
    scoring_rule    VARCHAR(50),
    evidence        VARCHAR(200),
    justification   VARCHAR(1000),
    PRIMARY KEY (version_id, position),
    CONSTRAINT fk_version_indicators_version FOREIGN KEY (version_id) REFERENCES table_versions (id)
);

CREATE TABLE review_events (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    table_id       BIGINT        NOT NULL,
    version_number INT,
    stage          VARCHAR(20),
    action         VARCHAR(20)   NOT NULL,
    grade          VARCHAR(4),
    disclosure     VARCHAR(10),
    comment_text   VARCHAR(2000),
    actor_id       BIGINT        NOT NULL,
    actor_name     VARCHAR(100)  NOT NULL,
    target_id      BIGINT,
    target_name    VARCHAR(100),
    created_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_review_events_table FOREIGN KEY (table_id) REFERENCES target_tables (id)
);
CREATE INDEX ix_review_events_table ON review_events (table_id, id);
CREATE INDEX ix_review_events_actor ON review_events (actor_id, id);

CREATE TABLE row_comments (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    table_id       BIGINT        NOT NULL,
    version_number INT           NOT NULL,
    row_index      INT           NOT NULL,
    row_name       VARCHAR(300)  NOT NULL,
    comment_text   VARCHAR(1000) NOT NULL,
    author_id      BIGINT        NOT NULL,
    author_name    VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_row_comments_table FOREIGN KEY (table_id) REFERENCES target_tables (id)
);
CREATE INDEX ix_row_comments_table ON row_comments (table_id, version_number);
