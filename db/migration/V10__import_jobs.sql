-- Import jobs of the /imports pages (imports): in the database, so that any node behind the load balancer shows a
-- job's progress and preview and saves it, whichever node read the uploads. A running job's updated_at is its
-- heartbeat: a job whose node died stops beating and shows as failed. LONGBLOB and LONGTEXT (a BLOB or TEXT of
-- MariaDB holds only 64 KB) are BLOB and CLOB on H2.
CREATE TABLE import_jobs (
    id          CHAR(32)      NOT NULL PRIMARY KEY,
    owner_id    BIGINT        NOT NULL,
    state       VARCHAR(10)   NOT NULL,
    percent     INT           NOT NULL,
    result_json LONGTEXT,
    failure     LONGTEXT,
    created_at  TIMESTAMP(3)  NOT NULL,
    updated_at  TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_import_jobs_owner FOREIGN KEY (owner_id) REFERENCES users (id)
);

CREATE INDEX ix_import_jobs_owner ON import_jobs (owner_id, created_at);
CREATE INDEX ix_import_jobs_created ON import_jobs (created_at);

-- The files (or pasted text) of a job until its tables are saved: the save reads them again, on any node.
CREATE TABLE import_job_uploads (
    job_id      CHAR(32)      NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(1000),
    content     LONGBLOB      NOT NULL,
    CONSTRAINT pk_import_job_uploads PRIMARY KEY (job_id, position),
    CONSTRAINT fk_import_job_uploads_job FOREIGN KEY (job_id) REFERENCES import_jobs (id) ON DELETE CASCADE
);
