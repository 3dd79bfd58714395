-- The monitoring report's funds per source, as the official table has them (年度资金总额 / 财政拨款 / 其他资金): the
-- total is now the sum of the two and no longer stored.
ALTER TABLE monitoring_reports ADD fiscal_initial DECIMAL(14, 2);
ALTER TABLE monitoring_reports ADD fiscal_adjusted DECIMAL(14, 2);
ALTER TABLE monitoring_reports ADD fiscal_executed DECIMAL(14, 2);
ALTER TABLE monitoring_reports ADD other_initial DECIMAL(14, 2);
ALTER TABLE monitoring_reports ADD other_adjusted DECIMAL(14, 2);
ALTER TABLE monitoring_reports ADD other_executed DECIMAL(14, 2);

-- Existing reports keep the totals the unit and its reviewers saw. 其他资金 年初预算数 is the bound version's; where
-- that version has none (or more than the report's total, which its checks refuse) all of it is 财政拨款. The
-- adjusted and executed totals were reported undivided: they are split in the proportion of the initial amounts,
-- so that each source's 执行率 is the total's and no report changes its light.
UPDATE monitoring_reports SET other_initial = COALESCE((SELECT v.other_funds FROM table_versions v
    WHERE v.table_id = monitoring_reports.table_id AND v.version_number = monitoring_reports.table_version), 0);
UPDATE monitoring_reports SET other_initial = 0 WHERE budget_initial IS NULL OR budget_initial < other_initial;
-- each statement reads only columns it does not set: MariaDB applies SET left to right, H2 all at once
UPDATE monitoring_reports SET
    other_adjusted = CASE WHEN other_initial = 0 THEN 0
        ELSE ROUND(budget_adjusted * other_initial / budget_initial, 2) END,
    other_executed = CASE WHEN other_initial = 0 THEN 0
        ELSE ROUND(budget_executed * other_initial / budget_initial, 2) END;
UPDATE monitoring_reports SET fiscal_initial = budget_initial - other_initial,
    fiscal_adjusted = budget_adjusted - other_adjusted, fiscal_executed = budget_executed - other_executed;

ALTER TABLE monitoring_reports DROP COLUMN budget_initial;
ALTER TABLE monitoring_reports DROP COLUMN budget_adjusted;
ALTER TABLE monitoring_reports DROP COLUMN budget_executed;
