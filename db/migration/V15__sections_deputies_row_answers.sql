-- Finance sections (归口科室): each department is managed by at most one section, each finance reviewer belongs to
-- at most one; both are plain columns on the existing rows, so routing reads them with the rows it already loads.
CREATE TABLE finance_sections (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT uq_finance_sections_name UNIQUE (name)
);
ALTER TABLE organizations ADD COLUMN section_id BIGINT NULL;
ALTER TABLE organizations ADD CONSTRAINT fk_organizations_section FOREIGN KEY (section_id) REFERENCES finance_sections (id);
ALTER TABLE users ADD COLUMN section_id BIGINT NULL;
ALTER TABLE users ADD CONSTRAINT fk_users_section FOREIGN KEY (section_id) REFERENCES finance_sections (id);

-- Deputies (委托): during [from_date, to_date] the deputy also works on the absent reviewer's tasks.
CREATE TABLE deputies (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT NOT NULL,
    deputy_id BIGINT NOT NULL,
    from_date DATE   NOT NULL,
    to_date   DATE   NOT NULL,
    CONSTRAINT fk_deputies_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_deputies_deputy FOREIGN KEY (deputy_id) REFERENCES users (id)
);
CREATE INDEX ix_deputies_deputy ON deputies (deputy_id, to_date);

-- The drafter's answer to a row comment, and whether the row was fixed (已修改).
ALTER TABLE row_comments ADD COLUMN answer_text VARCHAR(1000) NULL;
ALTER TABLE row_comments ADD COLUMN fixed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE row_comments ADD COLUMN answered_by VARCHAR(100) NULL;
ALTER TABLE row_comments ADD COLUMN answered_at TIMESTAMP NULL;
