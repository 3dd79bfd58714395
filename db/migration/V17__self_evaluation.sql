-- Self-evaluation (绩效自评, 财预〔2020〕10号): the scoring rule set per year (a table is scored by the latest rule set
-- not after its year), rounds opened by finance, one evaluation per approved table bound to its version in force,
-- and its indicator rows with the unit's and a reviewer's scores side by side.

CREATE TABLE evaluation_rule_sets (
    rule_year                  INT           NOT NULL PRIMARY KEY,
    grade_excellent            DECIMAL(5, 2) NOT NULL,
    grade_good                 DECIMAL(5, 2) NOT NULL,
    grade_fair                 DECIMAL(5, 2) NOT NULL,
    achieved_floor             DECIMAL(5, 2) NOT NULL,
    partial_floor              DECIMAL(5, 2) NOT NULL,
    equality_band              DECIMAL(5, 2) NOT NULL,
    over_achievement_on        BOOLEAN       NOT NULL,
    over_achievement_threshold DECIMAL(5, 2) NOT NULL,
    over_achievement_points    DECIMAL(5, 2) NOT NULL,
    over_achievement_basis     VARCHAR(500)  NOT NULL,
    execution_cap_on           BOOLEAN       NOT NULL,
    execution_caps             VARCHAR(200)  NOT NULL,
    execution_cap_basis        VARCHAR(500)  NOT NULL
);

INSERT INTO evaluation_rule_sets VALUES (2020, 90, 80, 60, 80, 60, 10,
    TRUE, 30, 2, '实际完成值超过年度指标值30%及以上的，说明目标设置偏低，扣2分（地方自评实施细则常见做法）',
    TRUE, '50:59;60:69;70:79;80:89', '预算执行率低于80%、70%、60%、50%的，总分分别不超过89、79、69、59分（地方自评实施细则常见做法）');

CREATE TABLE evaluation_rounds (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_year INT       NOT NULL,
    due_date   DATE      NOT NULL,
    opened_by  BIGINT    NOT NULL,
    opened_at  TIMESTAMP NOT NULL,
    CONSTRAINT uk_evaluation_rounds UNIQUE (round_year)
);

CREATE TABLE evaluations (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id        BIGINT         NOT NULL,
    table_id        BIGINT         NOT NULL,
    table_version   INT            NOT NULL,
    unit_id         BIGINT         NOT NULL,
    department_id   BIGINT         NOT NULL,
    project_name    VARCHAR(300),
    overall_goal    VARCHAR(4000),
    status          VARCHAR(20)    NOT NULL,
    version         BIGINT         NOT NULL,
    fiscal_initial  DECIMAL(14, 2),
    fiscal_annual   DECIMAL(14, 2),
    fiscal_executed DECIMAL(14, 2),
    other_initial   DECIMAL(14, 2),
    other_annual    DECIMAL(14, 2),
    other_executed  DECIMAL(14, 2),
    overall_result  VARCHAR(2000),
    conclusion      VARCHAR(2000),
    problems        VARCHAR(2000),
    improvements    VARCHAR(2000),
    total           DECIMAL(6, 2),
    grade           VARCHAR(4),
    review_score    DECIMAL(6, 2),
    review_grade    VARCHAR(4),
    review_comment  VARCHAR(1000),
    submitted_by    BIGINT,
    updated_at      TIMESTAMP      NOT NULL,
    CONSTRAINT uk_evaluations UNIQUE (round_id, table_id),
    CONSTRAINT fk_evaluations_round FOREIGN KEY (round_id) REFERENCES evaluation_rounds (id),
    CONSTRAINT fk_evaluations_table FOREIGN KEY (table_id) REFERENCES target_tables (id)
);

CREATE INDEX ix_evaluations_table ON evaluations (table_id);
CREATE INDEX ix_evaluations_round_department ON evaluations (round_id, department_id, status, grade);

CREATE TABLE evaluation_rows (
    evaluation_id  BIGINT        NOT NULL,
    position       INT           NOT NULL,
    level1         VARCHAR(50)   NOT NULL,
    level2         VARCHAR(50)   NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    target         VARCHAR(300)  NOT NULL,
    weight         DECIMAL(6, 2),
    actual         VARCHAR(300),
    achievement    VARCHAR(10),
    judged_percent DECIMAL(5, 2),
    not_applicable BOOLEAN       NOT NULL DEFAULT FALSE,
    analysis       VARCHAR(1000),
    score          DECIMAL(6, 2),
    review_score   DECIMAL(6, 2),
    PRIMARY KEY (evaluation_id, position),
    CONSTRAINT fk_evaluation_rows_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluations (id)
);
