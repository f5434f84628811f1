package io.leadline.imports;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A refused row's message may quote the value it refused (an email, a phone); an erasure removes the team's import
 * errors that quote the person's. The files themselves are dropped when their job ends.
 */
@Component
public class ImportErrorMentions {

    private final JdbcClient jdbc;

    ImportErrorMentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the team's import errors quoting any of these values; answers how many. */
    public int forget(long teamId, Collection<String> values) {
        int forgotten = 0;
        for (String value : values) {
            forgotten += jdbc.sql("""
                            DELETE FROM import_row_errors
                            WHERE import_id IN (SELECT id FROM import_jobs WHERE team_id = :teamId)
                              AND POSITION(:value IN LOWER(message)) > 0""")
                    .param("teamId", teamId)
                    .param("value", value.toLowerCase(java.util.Locale.ROOT))
                    .update();
        }
        return forgotten;
    }
}
