-- key= finds leads through the words of their names and emails (SearchTerms): each team's vocabulary of words,
-- searched by substring, and each lead's words, which carry the lead's visibility and filter columns as its tag rows
-- do (V39), so a key's exact total is counted without reading the leads. Vocabulary rows are never removed: a word
-- no lead has any more matches nothing.
CREATE TABLE search_terms (
    team_id BIGINT       NOT NULL REFERENCES teams (id),
    term    VARCHAR(320) NOT NULL,
    PRIMARY KEY (team_id, term)
);

CREATE TABLE lead_terms (
    lead_id          BIGINT       NOT NULL REFERENCES leads (id),
    term             VARCHAR(320) NOT NULL,
    team_id          BIGINT       NOT NULL,
    live             BOOLEAN      NOT NULL,
    hidden           BOOLEAN      NOT NULL,
    assigned_user_id BIGINT,
    ownership_scope  VARCHAR(10)  NOT NULL,
    ownership_id     BIGINT,
    stage_id         BIGINT,
    language         VARCHAR(5),
    PRIMARY KEY (lead_id, term)
);
