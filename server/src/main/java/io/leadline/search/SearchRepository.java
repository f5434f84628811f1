package io.leadline.search;

import io.leadline.web.Times;
import io.leadline.database.DatabaseProduct;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Repository;

/**
 * Runs the statements {@link LeadListSql} builds: a total, and a page of lead ids with their sort values. On
 * PostgreSQL each runs as a one-shot statement, planned with its actual values: the driver otherwise prepares a
 * statement it has seen five times on a connection and the server may switch to a generic plan, which for a key's
 * LIKE pattern or a rare tag is a plan for "some value" — a count that takes 23 ms planned for '%maria.garcia%' took
 * 340 ms once generic.
 */
@Repository
class SearchRepository {

    /** A listed lead: its id and its value of the list's sort key (epoch millis for times), for the scroll token. */
    record Hit(long id, @Nullable Long sortValue) {}

    private final JdbcTemplate jdbc;
    private final boolean h2;
    private final boolean postgres;

    SearchRepository(JdbcTemplate jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.h2 = database.isH2();
        this.postgres = database.isPostgres();
    }

    List<String> words(LeadListSql.Fragment statement) {
        return query(statement.sql(), statement.params(), (rs, row) -> rs.getString(1));
    }

    List<Long> leadIds(LeadListSql.Fragment statement) {
        return query(statement.sql(), statement.params(), (rs, row) -> rs.getLong(1));
    }

    /** Per tag id, how many of the team's newest leads carry it ({@link LeadListSql#tagSample}); absent is none. */
    Map<Long, Long> tagSample(long teamId, List<Long> tagIds) {
        LeadListSql.Fragment sample = LeadTotalSql.tagSample(teamId, tagIds, h2);
        Map<Long, Long> counts = new HashMap<>();
        query(sample.sql(), sample.params(), (rs, row) -> counts.put(rs.getLong(1), rs.getLong(2)));
        return counts;
    }

    long count(LeadListSql.Fragment statement) {
        return query(statement.sql(), statement.params(), (rs, row) -> rs.getLong(1)).getFirst();
    }

    /** Stage id (null for leads without a stage) to total, from {@link LeadTotalSql#totalsByStage}. */
    Map<@Nullable Long, Long> totalsByStage(LeadListSql.Fragment statement) {
        Map<@Nullable Long, Long> totals = new HashMap<>();
        query(statement.sql(), statement.params(), (rs, row) -> new java.util.AbstractMap.SimpleEntry<@Nullable Long, Long>(
                rs.getObject(1, Long.class), rs.getLong(2))).forEach(entry -> totals.put(entry.getKey(), entry.getValue()));
        return totals;
    }

    /** A page that counted its list: the total is -1 when the page is empty (its offset is past the end). */
    record CountedPage(List<Hit> hits, long total) {}

    /** One page in list order ({@link LeadListSql#page}); {@code after} is a scroll's keyset, when offset is 0. */
    List<Hit> page(LeadQuery query, LeadListSql.Resolved resolved, LeadListSql.Fragment where, LeadListSql.Fragment after,
                   @Nullable String index, long offset, int limit, LeadListSql.PageRead read) {
        LeadListSql.Fragment page = LeadListSql.page(query, resolved, where, after, index, offset, limit, h2, read);
        return query(page.sql(), page.params(), (rs, row) -> hit(query, rs));
    }

    /** The first page of a list with the count of the whole list ({@link LeadListSql.PageRead#COUNTED}). */
    CountedPage countedPage(LeadQuery query, LeadListSql.Resolved resolved, LeadListSql.Fragment where, long offset,
                            int limit) {
        LeadListSql.Fragment page = LeadListSql.page(query, resolved, where, LeadListSql.FROM_THE_START, null, offset, limit,
                h2, LeadListSql.PageRead.COUNTED);
        long[] total = {-1};
        List<Hit> hits = query(page.sql(), page.params(), (rs, row) -> {
            total[0] = rs.getLong("total_rows");
            return hit(query, rs);
        });
        return new CountedPage(hits, total[0]);
    }

    private static Hit hit(LeadQuery query, ResultSet rs) throws SQLException {
        return new Hit(rs.getLong("id"), query.sort().isTime()
                ? epochMillis(rs.getObject("sort_value", OffsetDateTime.class)) : (Long) rs.getLong("sort_value"));
    }

    private <T> List<T> query(String sql, Map<String, Object> params, RowMapper<T> rows) {
        MapSqlParameterSource values = new MapSqlParameterSource(params);
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        PreparedStatementCreatorFactory statements = new PreparedStatementCreatorFactory(
                NamedParameterUtils.substituteNamedParameters(parsed, values),
                NamedParameterUtils.buildSqlParameterList(parsed, values));
        PreparedStatementCreator creator = statements.newPreparedStatementCreator(NamedParameterUtils.buildValueArray(parsed, values, null));
        return jdbc.query(connection -> {
            PreparedStatement statement = creator.createPreparedStatement(connection);
            if (postgres) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            ((PreparedStatementSetter) creator).setValues(statement);
            return statement;
        }, rows);
    }

    private static @Nullable Long epochMillis(@Nullable OffsetDateTime time) {
        return time == null ? null : Times.epochMillis(time);
    }
}
