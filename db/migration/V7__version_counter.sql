-- Each table counts its submitted versions, so a submission numbers the next one without counting rows.
ALTER TABLE target_tables ADD COLUMN latest_version INT DEFAULT 0 NOT NULL;
UPDATE target_tables SET latest_version = (SELECT COUNT(*) FROM table_versions v WHERE v.table_id = target_tables.id);
