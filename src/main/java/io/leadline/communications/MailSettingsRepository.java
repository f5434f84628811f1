package io.leadline.communications;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MailSettingsRepository {

    /** The sender a team's emails show. */
    record Sender(String from, @Nullable String fromName) {}

    private final JdbcClient jdbc;

    MailSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Sender> find(long teamId) {
        return jdbc.sql("SELECT from_address, from_name FROM team_mail_settings WHERE team_id = :teamId")
                .param("teamId", teamId)
                .query((rs, n) -> new Sender(rs.getString("from_address"), rs.getString("from_name")))
                .optional();
    }

    Map<Long, Sender> findAll(Collection<Long> teamIds) {
        Map<Long, Sender> senders = new HashMap<>();
        if (teamIds.isEmpty()) {
            return senders;
        }
        jdbc.sql("SELECT team_id, from_address, from_name FROM team_mail_settings WHERE team_id IN (:teamIds)")
                .param("teamIds", teamIds)
                .query(rs -> {
                    senders.put(rs.getLong("team_id"), new Sender(rs.getString("from_address"), rs.getString("from_name")));
                });
        return senders;
    }

    /** Replaces the team's sender; the team's row is locked first, so two first writes do not both insert. */
    void put(long teamId, Sender sender, OffsetDateTime at) {
        jdbc.sql("SELECT id FROM teams WHERE id = :teamId FOR UPDATE").param("teamId", teamId).query(Long.class).single();
        jdbc.sql("DELETE FROM team_mail_settings WHERE team_id = :teamId").param("teamId", teamId).update();
        jdbc.sql("INSERT INTO team_mail_settings (team_id, from_address, from_name, updated_at) VALUES (:teamId, :from, :name, :at)")
                .param("teamId", teamId)
                .param("from", sender.from())
                .param("name", sender.fromName())
                .param("at", at)
                .update();
    }

    boolean delete(long teamId) {
        return jdbc.sql("DELETE FROM team_mail_settings WHERE team_id = :teamId").param("teamId", teamId).update() > 0;
    }
}
