-- A self-evaluation knows whether it evaluates a project (项目支出绩效自评表) or a unit as a whole (部门（单位）整体
-- 绩效自评表): the form, the official table and its name follow. Evaluations already opened take their table's kind.
ALTER TABLE evaluations ADD COLUMN table_kind VARCHAR(10) DEFAULT 'PROJECT' NOT NULL;

UPDATE evaluations SET table_kind = 'UNIT' WHERE table_id IN (SELECT id FROM target_tables WHERE kind = 'UNIT');
