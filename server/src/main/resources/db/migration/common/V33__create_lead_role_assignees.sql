-- Custom-role holders of a lead (Lofty's customRoleList); Agent and Lender live on the lead row itself.
CREATE TABLE lead_role_assignees (
    lead_id     BIGINT NOT NULL REFERENCES leads (id),
    role_id     INT NOT NULL,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (lead_id, role_id)
);
