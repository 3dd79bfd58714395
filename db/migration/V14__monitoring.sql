-- Monitoring (绩效运行监控): rounds opened by finance, one report per approved table bound to its approved version,
-- its indicator rows, and the tolerance of the rules per year (the default applies to a year without a row).

CREATE TABLE monitoring_rounds (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_year INT         NOT NULL,
    period     VARCHAR(5)  NOT NULL,
    due_date   DATE        NOT NULL,
    opened_by  BIGINT      NOT NULL,
    opened_at  TIMESTAMP   NOT NULL,
    CONSTRAINT uk_monitoring_rounds UNIQUE (round_year, period)
);

CREATE TABLE monitoring_reports (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id             BIGINT         NOT NULL,
    table_id             BIGINT         NOT NULL,
    table_version        INT            NOT NULL,
    unit_id              BIGINT         NOT NULL,
    department_id        BIGINT         NOT NULL,
    project_name         VARCHAR(300),
    overall_goal         VARCHAR(4000),
    status               VARCHAR(20)    NOT NULL,
    light                VARCHAR(10),
    light_rule           VARCHAR(40),
    version              BIGINT         NOT NULL,
    budget_initial       DECIMAL(14, 2),
    budget_adjusted      DECIMAL(14, 2),
    budget_executed      DECIMAL(14, 2),
    overall_progress     VARCHAR(2000),
    key_monitoring       BOOLEAN        NOT NULL DEFAULT FALSE,
    rectification        VARCHAR(1000),
    rectification_result VARCHAR(1000),
    review_comment       VARCHAR(1000),
    submitted_by         BIGINT,
    updated_at           TIMESTAMP      NOT NULL,
    CONSTRAINT uk_monitoring_reports UNIQUE (round_id, table_id),
    CONSTRAINT fk_monitoring_reports_round FOREIGN KEY (round_id) REFERENCES monitoring_rounds (id),
    CONSTRAINT fk_monitoring_reports_table FOREIGN KEY (table_id) REFERENCES target_tables (id)
);

CREATE INDEX ix_monitoring_reports_table ON monitoring_reports (table_id);
CREATE INDEX ix_monitoring_reports_round_department ON monitoring_reports (round_id, department_id, status, light);

CREATE TABLE monitoring_rows (
    report_id          BIGINT        NOT NULL,
    position           INT           NOT NULL,
    level1             VARCHAR(50)   NOT NULL,
    level2             VARCHAR(50)   NOT NULL,
    name               VARCHAR(300)  NOT NULL,
    target             VARCHAR(300)  NOT NULL,
    actual_to_date     VARCHAR(300),
    expected_full_year VARCHAR(300),
    deviation_reasons  VARCHAR(100),
    likelihood         VARCHAR(10),
    explanation        VARCHAR(1000),
    measures           VARCHAR(1000),
    light              VARCHAR(10),
    light_rule         VARCHAR(40),
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_monitoring_rows_report FOREIGN KEY (report_id) REFERENCES monitoring_reports (id)
);

CREATE TABLE monitoring_rules (
    rule_year INT           NOT NULL PRIMARY KEY,
    tolerance DECIMAL(5, 2) NOT NULL
);
