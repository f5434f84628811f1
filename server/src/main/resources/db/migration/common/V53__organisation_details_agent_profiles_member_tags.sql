-- Lofty's office record carries contact details (PUT /v1.0/org/office adds, POST updates).
ALTER TABLE offices ADD COLUMN phone VARCHAR(20);
ALTER TABLE offices ADD COLUMN phone_code VARCHAR(5);
ALTER TABLE offices ADD COLUMN phone_country VARCHAR(2);
ALTER TABLE offices ADD COLUMN email VARCHAR(320);
ALTER TABLE offices ADD COLUMN city VARCHAR(200);
ALTER TABLE offices ADD COLUMN state VARCHAR(200);
ALTER TABLE offices ADD COLUMN zipcode VARCHAR(20);
ALTER TABLE offices ADD COLUMN street_address VARCHAR(500);
ALTER TABLE offices ADD COLUMN allow_manage_sub BOOLEAN DEFAULT FALSE NOT NULL;

-- The team's company (POST /v1.0/org/company), one row per team once set.
CREATE TABLE companies (
    team_id        BIGINT PRIMARY KEY REFERENCES teams (id),
    name           VARCHAR(200),
    phone          VARCHAR(20),
    phone_code     VARCHAR(5),
    phone_country  VARCHAR(2),
    email          VARCHAR(320),
    city           VARCHAR(200),
    state          VARCHAR(200),
    zipcode        VARCHAR(20),
    street_address VARCHAR(500),
    header         VARCHAR(2000),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What POST /v1.0/agent/profile/add knows of an agent beyond the member row: the fields Lofty's member record shows
-- (agentInfo) and the whole profile as sent.
CREATE TABLE agent_profiles (
    user_id         BIGINT PRIMARY KEY REFERENCES users (id),
    team_id         BIGINT NOT NULL REFERENCES teams (id),
    license_id      VARCHAR(100),
    position        VARCHAR(100),
    company_name    VARCHAR(200),
    company_address VARCHAR(500),
    agent_pid       VARCHAR(100),
    profile         VARCHAR(100000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Member tags (POST /v1.0/agent/{agentId}/tag/add): a team catalogue, separate from lead tags.
CREATE TABLE member_tags (
    id         BIGINT PRIMARY KEY,
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    name       VARCHAR(64) NOT NULL,
    name_key   VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT member_tags_team_name_uq UNIQUE (team_id, name_key)
);

CREATE TABLE member_tag_links (
    user_id    BIGINT NOT NULL REFERENCES users (id),
    tag_id     BIGINT NOT NULL REFERENCES member_tags (id),
    team_id    BIGINT NOT NULL REFERENCES teams (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, tag_id)
);
