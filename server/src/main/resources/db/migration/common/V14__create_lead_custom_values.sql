CREATE TABLE lead_custom_values (
    lead_id      BIGINT NOT NULL REFERENCES leads (id),
    field_id     BIGINT NOT NULL REFERENCES custom_fields (id),
    custom_value VARCHAR(10000),
    PRIMARY KEY (lead_id, field_id)
);
