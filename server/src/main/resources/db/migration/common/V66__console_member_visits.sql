-- When each member last opened "my day" in the console: the leads assigned to them since then are shown as new.
CREATE TABLE console_member_visits (
    user_id         BIGINT PRIMARY KEY REFERENCES users (id),
    team_id         BIGINT NOT NULL REFERENCES teams (id),
    last_my_day_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
