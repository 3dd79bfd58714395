-- The lists filter tables by finance's grade (issue 15): the latest grade given to a table, kept on the table (as
-- its label, as review_events writes it) so that a filtered list reads no review event. Tables graded before this
-- migration take the grade of their latest graded review event.
ALTER TABLE target_tables ADD COLUMN grade VARCHAR(4);

UPDATE target_tables SET grade = (SELECT e.grade FROM review_events e WHERE e.id = (
    SELECT MAX(g.id) FROM review_events g WHERE g.table_id = target_tables.id AND g.grade IS NOT NULL));

CREATE INDEX ix_target_tables_grade ON target_tables (grade, table_year);
