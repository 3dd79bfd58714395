-- Portable between H2 and MySQL/MariaDB: BIGINT AUTO_INCREMENT keys, VARCHAR instead of TEXT/CLOB.

CREATE TABLE organizations (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    parent_id    BIGINT,
    dept_reviews BOOLEAN      NOT NULL DEFAULT FALSE,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_organizations_name UNIQUE (name),
    CONSTRAINT fk_organizations_parent FOREIGN KEY (parent_id) REFERENCES organizations (id)
);

CREATE TABLE users (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(30)  NOT NULL,
    organization_id BIGINT       NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_users_username UNIQUE (username),
    CONSTRAINT fk_users_organization FOREIGN KEY (organization_id) REFERENCES organizations (id)
);

CREATE TABLE rule_sets (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule_year               INT           NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    table_format            VARCHAR(10)   NOT NULL,
    total_weight            DECIMAL(6, 2) NOT NULL,
    output_weight           DECIMAL(6, 2) NOT NULL,
    benefit_weight          DECIMAL(6, 2) NOT NULL,
    satisfaction_weight     DECIMAL(6, 2) NOT NULL,
    satisfaction_threshold  DECIMAL(6, 2) NOT NULL,
    funds_tolerance         DECIMAL(10, 4) NOT NULL,
    weight_tolerance        DECIMAL(6, 2) NOT NULL,
    qualitative_share_limit DECIMAL(5, 2) NOT NULL,
    CONSTRAINT uk_rule_sets_year UNIQUE (rule_year)
);

CREATE TABLE target_tables (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                  VARCHAR(10)    NOT NULL,
    table_format          VARCHAR(10)    NOT NULL,
    table_year            INT            NOT NULL,
    rule_set_id           BIGINT         NOT NULL,
    unit_id               BIGINT         NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    project_name          VARCHAR(300),
    project_lead          VARCHAR(100),
    implementing_unit     VARCHAR(200),
    function_code         VARCHAR(20),
    contact_person        VARCHAR(100),
    contact_phone         VARCHAR(50),
    total_funds           DECIMAL(14, 2),
    fiscal_funds          DECIMAL(14, 2),
    other_funds           DECIMAL(14, 2),
    fiscal_upper          DECIMAL(14, 2),
    fiscal_local          DECIMAL(14, 2),
    overall_goal          VARCHAR(4000),
    satisfaction_na       BOOLEAN        NOT NULL DEFAULT FALSE,
    satisfaction_na_reason VARCHAR(500),
    copied_from_id        BIGINT,
    created_by            BIGINT         NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    CONSTRAINT fk_target_tables_unit FOREIGN KEY (unit_id) REFERENCES organizations (id),
    CONSTRAINT fk_target_tables_rule_set FOREIGN KEY (rule_set_id) REFERENCES rule_sets (id),
    CONSTRAINT fk_target_tables_creator FOREIGN KEY (created_by) REFERENCES users (id)
);

CREATE INDEX ix_target_tables_unit_year_status ON target_tables (unit_id, table_year, status);
CREATE INDEX ix_target_tables_year_status ON target_tables (table_year, status);

CREATE TABLE indicators (
    table_id        BIGINT        NOT NULL,
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
    PRIMARY KEY (table_id, position),
    CONSTRAINT fk_indicators_table FOREIGN KEY (table_id) REFERENCES target_tables (id)
);

-- Rule sets per year: the frame weights follow the 2021 guidance (产出 incl. 成本 50 / 效益 30 / 满意度 10 of 90).
INSERT INTO rule_sets (rule_year, name, table_format, total_weight, output_weight, benefit_weight, satisfaction_weight,
                       satisfaction_threshold, funds_tolerance, weight_tolerance, qualitative_share_limit)
VALUES (2020, '2020年度规则集（旧格式）', 'Y2020', 90, 50, 30, 10, 85, 0.01, 0, 0.30),
       (2021, '2021年度规则集', 'CURRENT', 90, 50, 30, 10, 85, 0.01, 0, 0.30),
       (2022, '2022年度规则集', 'CURRENT', 90, 50, 30, 10, 85, 0.01, 0, 0.30),
       (2023, '2023年度规则集', 'CURRENT', 90, 50, 30, 10, 85, 0.01, 0, 0.30),
       (2024, '2024年度规则集', 'CURRENT', 90, 50, 30, 10, 85, 0.01, 0, 0.30),
       (2025, '2025年度规则集', 'CURRENT', 90, 50, 30, 10, 85, 0.01, 0, 0.30),
       (2026, '2026年度规则集', 'CURRENT', 90, 50, 30, 10, 85, 0.01, 0, 0.30),
       (2027, '2027年度规则集', 'CURRENT', 90, 50, 30, 10, 85, 0.01, 0, 0.30);
