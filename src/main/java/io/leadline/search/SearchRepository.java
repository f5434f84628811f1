package io.leadline.search;

import io.leadline.web.DatabaseProduct;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs the statements {@link LeadListSql} builds: a total, and a page of lead ids with their sort values. */
@Repository
class SearchRepository {

    /** A listed lead: its id and its value of the list's sort key (epoch millis for times), for the scroll token. */
    record Hit(long id, @Nullable Long sortValue) {}

    private final JdbcClient jdbc;
    private final boolean h2;

    SearchRepository(JdbcClient jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.h2 = database.isH2();
    }

    long count(LeadListSql.Fragment statement) {
        return jdbc.sql(statement.sql()).params(statement.params()).query(Long.class).single();
    }

    /**
     * One page in list order; {@code after} is the keyset of a scroll, in which case {@code offset} is 0. On H2,
     * {@code index} (given only for plain lead lists) is the index to walk, named with H2's USE INDEX hint.
     */
    List<Hit> page(LeadQuery query, String from, LeadListSql.Fragment where, LeadListSql.Fragment after,
                   @Nullable String index, long offset, int limit) {
        Map<String, Object> params = new HashMap<>(where.params());
        params.putAll(after.params());
        params.put("pageOffset", offset);
        params.put("pageLimit", limit);
        LeadSort sort = query.sort();
        return jdbc.sql(LeadListSql.page(query, from, where, after, index, h2))
                .params(params)
                .query((rs, row) -> new Hit(rs.getLong("id"), sort.isTime()
                        ? epochMillis(rs.getObject("sort_value", OffsetDateTime.class))
                        : (Long) rs.getLong("sort_value")))
                .list();
    }

    private static @Nullable Long epochMillis(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant().toEpochMilli();
    }
}
