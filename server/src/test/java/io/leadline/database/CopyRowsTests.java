package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

class CopyRowsTests {

    private static final String INSERT = """
            INSERT INTO notes (id, content, pinned, created_at, birthday)
            VALUES (:id, :content, :pinned,
                    :createdAt, :birthday)
            """;

    @Test
    void aPlainInsertBecomesACopyOfItsColumnsWithEveryValueInTextForm() {
        SqlParameterSource row = new MapSqlParameterSource("id", 7L).addValue("content", "tab\there\nnew line \\ back\rslash")
                .addValue("pinned", true).addValue("createdAt", OffsetDateTime.of(2025, 3, 4, 9, 30, 0, 0, ZoneOffset.ofHours(2)))
                .addValue("birthday", null);
        SqlParameterSource second = new MapSqlParameterSource("id", 8).addValue("content", "é").addValue("pinned", false)
                .addValue("createdAt", null).addValue("birthday", LocalDate.of(1990, 1, 31));

        CopyRows.Copy copy = CopyRows.of(INSERT, List.of(row, second)).orElseThrow();

        assertThat(copy.statement()).isEqualTo("COPY notes (id, content, pinned, created_at, birthday) FROM STDIN");
        assertThat(new String(copy.text(), StandardCharsets.UTF_8)).isEqualTo(
                "7\ttab\\there\\nnew line \\\\ back\\rslash\tt\t2025-03-04T07:30Z\t\\N\n"
                        + "8\té\tf\t\\N\t1990-01-31\n");
    }

    @Test
    void whatCopyCannotSayStaysAStatement() {
        MapSqlParameterSource row = new MapSqlParameterSource("teamId", 1L).addValue("term", "x");
        assertThat(CopyRows.of("INSERT INTO search_terms (team_id, term) VALUES (:teamId, :term) ON CONFLICT DO NOTHING",
                List.of(row))).isEmpty();
        assertThat(CopyRows.of("INSERT INTO search_terms (team_id, term) VALUES (:teamId, LOWER(:term))", List.of(row))).isEmpty();
        assertThat(CopyRows.of("INSERT INTO search_terms (team_id, term) VALUES (:teamId, :term)",
                List.of(new MapSqlParameterSource("teamId", 1L).addValue("term", new byte[] {1})))).isEmpty();
        assertThat(CopyRows.of("INSERT INTO search_terms (team_id, term) VALUES (:teamId, :term)",
                List.of(new MapSqlParameterSource("teamId", 1L)))).as("a value missing").isEmpty();
    }
}
