CREATE TABLE lead_tags (
    lead_id         BIGINT NOT NULL REFERENCES leads (id),
    tag_id          BIGINT NOT NULL REFERENCES tags (id),
    team_id         BIGINT NOT NULL,
    creator_user_id BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (lead_id, tag_id)
);
CREATE INDEX lead_tags_tag_idx ON lead_tags (tag_id, lead_id);
