-- The address a team's emails come from (the SMTP server itself is the server's configuration).
CREATE TABLE team_mail_settings (
    team_id      BIGINT PRIMARY KEY REFERENCES teams (id),
    from_address VARCHAR(320) NOT NULL,
    from_name    VARCHAR(200),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
