-- A red or yellow monitoring report may propose an adjustment of its table: the report keeps the number of the
-- adjustment it opened, so that its page links to it.
ALTER TABLE monitoring_reports ADD adjustment_number INT;
