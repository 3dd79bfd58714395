-- A round's overview counts its evaluations per department, status and grade and sums their scores and funds
-- (Evaluations.countByRound): this index holds every column it reads, in the order it groups by, so the overview
-- reads the index alone at any number of evaluations. It replaces V17's, which held only the first four.
CREATE INDEX ix_evaluations_round_overview ON evaluations (round_id, department_id, status, grade, review_grade,
    total, review_score, fiscal_initial, other_initial);

DROP INDEX ix_evaluations_round_department ON evaluations;
