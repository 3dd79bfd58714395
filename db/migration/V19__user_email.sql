-- An account's e-mail address for reminders and new tasks by e-mail (sent only where spring.mail.* is configured).
ALTER TABLE users ADD COLUMN email VARCHAR(254) NULL;
