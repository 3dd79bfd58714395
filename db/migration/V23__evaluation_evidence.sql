-- Evidence files per indicator row of a self-evaluation (佐证材料), kept in the database so that every node serves
-- them. LONGBLOB is a BLOB on H2 (see V10). V21 and V22 are left to the monitoring and review changes built beside it.
CREATE TABLE evaluation_evidence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id BIGINT       NOT NULL,
    row_index     INT          NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    content       LONGBLOB     NOT NULL,
    uploaded_by   BIGINT       NOT NULL,
    uploaded_at   TIMESTAMP    NOT NULL,
    CONSTRAINT fk_evaluation_evidence FOREIGN KEY (evaluation_id) REFERENCES evaluations (id)
);

CREATE INDEX ix_evaluation_evidence ON evaluation_evidence (evaluation_id, row_index);
