-- Tasks and appointments (Lofty's v1 tasks and appointments, v2 tasks and the v2 calendar are views of this one table).
-- starts_at is the start of an appointment and, for a task, its start when given, else its deadline; due_at is the
-- deadline or the appointment's end. reminder_due_at is set while a reminder waits to fire and cleared by the node that
-- fires it, in the transaction that writes its webhook event. lead_trashed follows the lead in and out of the trash,
-- so a member's lists (my-tasks, the calendar) read the tasks table alone.
CREATE TABLE tasks (
    id               BIGINT PRIMARY KEY,
    team_id          BIGINT NOT NULL REFERENCES teams (id),
    lead_id          BIGINT NOT NULL REFERENCES leads (id),
    kind             VARCHAR(12) NOT NULL,
    task_way         VARCHAR(10),
    content          VARCHAR(2000) NOT NULL,
    assignee_user_id BIGINT NOT NULL REFERENCES users (id),
    assigned_role    VARCHAR(10) NOT NULL,
    creator_user_id  BIGINT NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone        VARCHAR(64) NOT NULL,
    all_day          BOOLEAN NOT NULL,
    address          VARCHAR(500),
    reminder_type    INT,
    reminder_at      TIMESTAMP WITH TIME ZONE,
    reminder_due_at  TIMESTAMP WITH TIME ZONE,
    reminder_sent_at TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    deleted_at       TIMESTAMP WITH TIME ZONE,
    lead_trashed     BOOLEAN DEFAULT FALSE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
-- A lead's entries; the reminders waiting to fire. A member's entries by start: V55 (per database).
CREATE INDEX tasks_lead_idx ON tasks (lead_id, starts_at, id);
CREATE INDEX tasks_reminder_idx ON tasks (reminder_due_at);

-- The lead's next open task or appointment, for the list's Task sort; kept by the tasks feature.
ALTER TABLE leads ADD COLUMN next_task_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX leads_team_next_task_idx ON leads (team_id, next_task_at, id);
