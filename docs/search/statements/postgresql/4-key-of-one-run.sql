-- Recorded by SearchStatementsTests on postgresql; do not edit (rerun it with -Dleadline.write-search-statements=true).

-- GET /v1.0/leads?key=garc, as the team's owner: 3 statements
SELECT term
  FROM search_terms
  WHERE team_id = ?
  AND term LIKE ? ESCAPE '\'
  ORDER BY term
  FETCH FIRST 101 ROWS ONLY;
SELECT COUNT(DISTINCT m.lead_id)
  FROM (SELECT l.lead_id
  FROM lead_terms l
  WHERE l.team_id = ?
  AND l.term = ?
  AND (l.team_id = ?)
  AND (l.live = TRUE)
  UNION ALL SELECT l.lead_id
  FROM lead_terms l
  WHERE l.team_id = ?
  AND l.term = ?
  AND (l.team_id = ?)
  AND (l.live = TRUE)) m;
SELECT p.id, p.sort_value
  FROM (SELECT l.id, l.created_at AS sort_value
  FROM (SELECT DISTINCT m.lead_id AS id
  FROM (SELECT w.lead_id
  FROM (SELECT w.lead_id
  FROM lead_terms w
  WHERE w.team_id = ?
  AND w.term = ?
  AND 1 = 1
  UNION ALL SELECT w.lead_id
  FROM lead_terms w
  WHERE w.team_id = ?
  AND w.term = ?
  AND 1 = 1) w) m) key_matches
  JOIN leads l ON l.id = key_matches.id
  WHERE (l.team_id = ?)
  AND (l.trashed_at IS NULL)
  AND (1 = 1)) p
  ORDER BY p.sort_value DESC, p.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?key=garc, as an agent: 3 statements
SELECT term
  FROM search_terms
  WHERE team_id = ?
  AND term LIKE ? ESCAPE '\'
  ORDER BY term
  FETCH FIRST 101 ROWS ONLY;
SELECT COUNT(DISTINCT m.lead_id)
  FROM (SELECT l.lead_id
  FROM lead_terms l
  WHERE l.team_id = ?
  AND l.term = ?
  AND (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.live = TRUE)
  UNION ALL SELECT l.lead_id
  FROM lead_terms l
  WHERE l.team_id = ?
  AND l.term = ?
  AND (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.live = TRUE)) m;
SELECT p.id, p.sort_value
  FROM (SELECT l.id, l.created_at AS sort_value
  FROM (SELECT DISTINCT m.lead_id AS id
  FROM (SELECT w.lead_id
  FROM (SELECT w.lead_id
  FROM lead_terms w
  WHERE w.team_id = ?
  AND w.term = ?
  AND 1 = 1
  UNION ALL SELECT w.lead_id
  FROM lead_terms w
  WHERE w.team_id = ?
  AND w.term = ?
  AND 1 = 1) w) m) key_matches
  JOIN leads l ON l.id = key_matches.id
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.trashed_at IS NULL)
  AND (1 = 1)) p
  ORDER BY p.sort_value DESC, p.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;
