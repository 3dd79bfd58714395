-- The administrator's board counts the open review tasks per step and the overdue ones per department
-- (EngineQueries.BOARD_COUNTS): this index holds every column the counts read from the tasks, so they are counted
-- from it alone. At 41,000 open tasks on MariaDB the counts took about 200 ms, now about 30 (few overdue).
CREATE INDEX ix_act_ru_task_board ON ACT_RU_TASK (PROC_DEF_ID_, SUSPENSION_STATE_, TASK_DEF_KEY_, DUE_DATE_, PROC_INST_ID_);
