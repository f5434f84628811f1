-- Recorded by SearchStatementsTests on postgresql; do not edit (rerun it with -Dleadline.write-search-statements=true).

-- GET /v1.0/leads?key=maria.garcia, as the team's owner: 3 statements
SELECT term
  FROM search_terms
  WHERE team_id = ?
  AND term LIKE ? ESCAPE '\'
  ORDER BY term
  FETCH FIRST 101 ROWS ONLY;
SELECT term
  FROM search_terms
  WHERE team_id = ?
  AND term LIKE ? ESCAPE '\'
  ORDER BY term
  FETCH FIRST 101 ROWS ONLY;
SELECT p.id, p.sort_value, COUNT(*) OVER () AS total_rows
  FROM (SELECT l.id, l.created_at AS sort_value
  FROM (SELECT DISTINCT m.lead_id AS id
  FROM (SELECT w.lead_id
  FROM (SELECT w.lead_id
  FROM lead_terms w
  WHERE w.team_id = ?
  AND w.term = ?
  AND 1 = 1) w INTERSECT SELECT w.lead_id
  FROM (SELECT w.lead_id
  FROM lead_terms w
  WHERE w.team_id = ?
  AND w.term = ?
  AND 1 = 1) w) m) key_matches
  JOIN leads l ON l.id = key_matches.id
  WHERE (l.team_id = ?)
  AND (l.trashed_at IS NULL)
  AND (LOWER(l.first_name || ' ' || COALESCE(l.last_name, '')) LIKE ? ESCAPE '\' OR (SELECT COUNT(*)
  FROM lead_list_items i
  WHERE i.lead_id = l.id
  AND i.list_name = 'email'
  AND i.item_key LIKE ? ESCAPE '\') > 0)
  AND (1 = 1)) p
  ORDER BY p.sort_value DESC, p.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?key=maria.garcia, as an agent: 3 statements
SELECT term
  FROM search_terms
  WHERE team_id = ?
  AND term LIKE ? ESCAPE '\'
  ORDER BY term
  FETCH FIRST 101 ROWS ONLY;
SELECT term
  FROM search_terms
  WHERE team_id = ?
  AND term LIKE ? ESCAPE '\'
  ORDER BY term
  FETCH FIRST 101 ROWS ONLY;
SELECT p.id, p.sort_value, COUNT(*) OVER () AS total_rows
  FROM (SELECT l.id, l.created_at AS sort_value
  FROM (SELECT DISTINCT m.lead_id AS id
  FROM (SELECT w.lead_id
  FROM (SELECT w.lead_id
  FROM lead_terms w
  WHERE w.team_id = ?
  AND w.term = ?
  AND 1 = 1) w INTERSECT SELECT w.lead_id
  FROM (SELECT w.lead_id
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
  AND (LOWER(l.first_name || ' ' || COALESCE(l.last_name, '')) LIKE ? ESCAPE '\' OR (SELECT COUNT(*)
  FROM lead_list_items i
  WHERE i.lead_id = l.id
  AND i.list_name = 'email'
  AND i.item_key LIKE ? ESCAPE '\') > 0)
  AND (1 = 1)) p
  ORDER BY p.sort_value DESC, p.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?email=maria.garcia@mail.com&preciseSearchFlag=true, as the team's owner: 1 statement
SELECT p.id, p.sort_value, COUNT(*) OVER () AS total_rows
  FROM (SELECT l.id, l.created_at AS sort_value
  FROM (SELECT DISTINCT i.lead_id AS id
  FROM lead_list_items i
  WHERE i.team_id = ?
  AND i.list_name = 'email'
  AND i.item_key = ?) list_matches
  JOIN leads l ON l.id = list_matches.id
  WHERE (l.team_id = ?)
  AND (l.trashed_at IS NULL)
  AND (1 = 1)) p
  ORDER BY p.sort_value DESC, p.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;

-- GET /v1.0/leads?email=maria.garcia@mail.com&preciseSearchFlag=true, as an agent: 1 statement
SELECT p.id, p.sort_value, COUNT(*) OVER () AS total_rows
  FROM (SELECT l.id, l.created_at AS sort_value
  FROM (SELECT DISTINCT i.lead_id AS id
  FROM lead_list_items i
  WHERE i.team_id = ?
  AND i.list_name = 'email'
  AND i.item_key = ?) list_matches
  JOIN leads l ON l.id = list_matches.id
  WHERE (l.team_id = ?
  AND (l.assigned_user_id = ? OR (l.hidden = FALSE
  AND (l.ownership_scope = 'TEAM' OR (l.ownership_scope = 'PERSONAL'
  AND l.ownership_id = ?)))))
  AND (l.trashed_at IS NULL)
  AND (1 = 1)) p
  ORDER BY p.sort_value DESC, p.id DESC
  OFFSET ? ROWS FETCH NEXT ? ROWS ONLY;
