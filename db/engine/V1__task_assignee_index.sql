-- Applied after the engine has created its tables (see EngineIndexes): task lists by assignee (待办 of a person who
-- holds tasks, hand-over, the board) have no index of the engine's own on ACT_RU_TASK.ASSIGNEE_.
CREATE INDEX ix_act_ru_task_assignee ON ACT_RU_TASK (ASSIGNEE_);
