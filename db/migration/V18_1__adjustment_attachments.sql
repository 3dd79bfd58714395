-- The optional attachment of an adjustment request (the budget adjustment's notice, a letter): one file per
-- adjustment, kept in the database so that every node serves it. LONGBLOB is a BLOB on H2 (see V10).
CREATE TABLE adjustment_attachments (
    table_id          BIGINT        NOT NULL,
    adjustment_number INT           NOT NULL,
    file_name         VARCHAR(200)  NOT NULL,
    content_type      VARCHAR(100)  NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    content           LONGBLOB      NOT NULL,
    uploaded_by       BIGINT        NOT NULL,
    uploaded_at       TIMESTAMP     NOT NULL,
    CONSTRAINT pk_adjustment_attachments PRIMARY KEY (table_id, adjustment_number),
    CONSTRAINT fk_adjustment_attachments_table FOREIGN KEY (table_id) REFERENCES target_tables (id)
);
