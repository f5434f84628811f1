package io.leadline.leads;

import io.leadline.search.SearchTerms;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The words key= finds a lead by ({@link SearchTerms}): the team's vocabulary ({@code search_terms}) and the lead's
 * own rows ({@code lead_terms}), which carry its filter columns like its tag rows do.
 */
@Repository
class LeadTermRepository {

    private final NamedParameterJdbcTemplate jdbc;

    LeadTermRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rewrites the lead's words from its name and its email rows as they are now, with its filter columns. */
    void reindex(LeadRow lead, FilterColumns columns) {
        jdbc.update("DELETE FROM lead_terms WHERE lead_id = :leadId", Map.of("leadId", lead.id));
        List<String> emailKeys = jdbc.queryForList(
                "SELECT item_key FROM lead_list_items WHERE lead_id = :leadId AND list_name = 'email'",
                Map.of("leadId", lead.id), String.class);
        SortedSet<String> terms = SearchTerms.of(SearchTerms.fullName(lead.firstName, lead.lastName), emailKeys);
        jdbc.batchUpdate("INSERT INTO search_terms (team_id, term) VALUES (:teamId, :term) ON CONFLICT DO NOTHING",
                terms.stream().map(term -> termParams(lead, term)).toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("""
                        INSERT INTO lead_terms (lead_id, term, team_id, live, hidden, assigned_user_id, ownership_scope,
                                                ownership_id, stage_id, language)
                        VALUES (:leadId, :term, :teamId, :live, :hidden, :assignedUserId, :ownershipScope,
                                :ownershipId, :stageId, :language)
                        """,
                terms.stream().map(term -> termParams(lead, term).addValues(columns.tagRowParams()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** Copies a lead's filter columns to its word rows. */
    void carry(long leadId, FilterColumns columns) {
        jdbc.update("UPDATE lead_terms SET " + FilterColumns.CARRIED_COLUMNS_SET + " WHERE lead_id = :leadId",
                new MapSqlParameterSource(columns.tagRowParams()).addValue("leadId", leadId));
    }

    private static MapSqlParameterSource termParams(LeadRow lead, String term) {
        return new MapSqlParameterSource("leadId", lead.id).addValue("teamId", lead.teamId).addValue("term", term);
    }
}
