-- Indicator library (imports): rows of imported tables, offered as suggestions while drafting.
-- Rows read from published disclosure documents (source DOCUMENT) are offered to every unit; rows of workbooks
-- and pasted tables (WORKBOOK, TEXT) only to the unit that imported them.
CREATE TABLE indicator_library (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id     BIGINT        NOT NULL,
    table_id    BIGINT,
    table_year  INT           NOT NULL,
    source      VARCHAR(20)   NOT NULL,
    level1      VARCHAR(50)   NOT NULL,
    level2      VARCHAR(50)   NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    value_text  VARCHAR(300)  NOT NULL,
    basis       VARCHAR(200),
    created_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_indicator_library_unit FOREIGN KEY (unit_id) REFERENCES organizations (id)
);

CREATE INDEX ix_indicator_library_level2 ON indicator_library (level2);
CREATE INDEX ix_indicator_library_unit ON indicator_library (unit_id);
