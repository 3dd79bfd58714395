-- Adjustments of approved targets (绩效目标调整, 财预〔2015〕88号 第二十八条). While one is open the table's status column
-- keeps the status in force (APPROVED or PUBLISHED: what public pages and their indexes read) and the adjustment's
-- own progress is adjustment_status; the version in force stays approved_version until finance approves the proposal.
-- original_version and adjustment_reason describe the version in force once an adjustment was approved (调整后).
ALTER TABLE target_tables ADD COLUMN adjustment_status VARCHAR(20);
ALTER TABLE target_tables ADD COLUMN adjustment_count INT NOT NULL DEFAULT 0;
ALTER TABLE target_tables ADD COLUMN original_version INT;
ALTER TABLE target_tables ADD COLUMN adjustment_reason VARCHAR(500);

-- Every adjustment of a table, open or closed, numbered from 1 per table (the original and every adjusted version
-- stay in table_versions).
CREATE TABLE table_adjustments (
    table_id          BIGINT        NOT NULL,
    position          INT           NOT NULL,
    adjustment_number INT           NOT NULL,
    reason            VARCHAR(500)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    status_before     VARCHAR(20)   NOT NULL,
    from_version      INT           NOT NULL,
    to_version        INT,
    opened_by         BIGINT        NOT NULL,
    opened_at         TIMESTAMP     NOT NULL,
    decided_at        TIMESTAMP,
    PRIMARY KEY (table_id, position),
    CONSTRAINT fk_table_adjustments_table FOREIGN KEY (table_id) REFERENCES target_tables (id)
);
