-- A team's own sender, and optionally its own SMTP server (used when the server sends email over SMTP). The password
-- is kept only encrypted with the server's leadline.secrets.key (AES-GCM), never readable through the API.
CREATE TABLE team_mail_settings (
    team_id            BIGINT PRIMARY KEY REFERENCES teams (id),
    from_address       VARCHAR(320) NOT NULL,
    from_name          VARCHAR(200),
    smtp_host          VARCHAR(255),
    smtp_port          INT,
    smtp_security      VARCHAR(10),
    smtp_username      VARCHAR(320),
    smtp_password      VARCHAR(1000),
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
