package io.leadline.merges;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code duplicate_settings}: a team's choice for a new lead that duplicates another. */
@Repository
class DuplicateSettings {

    static final String KEEP = "keep";
    static final String MERGE_INTO_OLDEST = "merge-into-oldest";
    static final List<String> CHOICES = List.of(KEEP, MERGE_INTO_OLDEST);

    private final JdbcClient jdbc;

    DuplicateSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String onCreate(long teamId) {
        return jdbc.sql("SELECT on_create FROM duplicate_settings WHERE team_id = :teamId")
                .param("teamId", teamId).query(String.class).optional().orElse(KEEP);
    }

    void setOnCreate(long teamId, String choice) {
        String value = choice.toLowerCase(Locale.ROOT);
        if (jdbc.sql("UPDATE duplicate_settings SET on_create = :value WHERE team_id = :teamId")
                .param("value", value).param("teamId", teamId).update() == 0) {
            jdbc.sql("INSERT INTO duplicate_settings (team_id, on_create) VALUES (:teamId, :value)")
                    .param("teamId", teamId).param("value", value).update();
        }
    }
}
