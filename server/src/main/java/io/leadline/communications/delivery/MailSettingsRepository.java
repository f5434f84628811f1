package io.leadline.communications.delivery;

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

    private static final String COLUMNS =
            "team_id, from_address, from_name, smtp_host, smtp_port, smtp_security, smtp_username, smtp_password, updated_at";

    /** A team's sender and, when {@code host} is set, its own SMTP server; the password is sealed (CredentialCipher). */
    record TeamMail(long teamId, String from, @Nullable String fromName, @Nullable String host, @Nullable Integer port,
            @Nullable String security, @Nullable String username, @Nullable String sealedPassword, OffsetDateTime updatedAt) {}

    private final JdbcClient jdbc;

    MailSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TeamMail> find(long teamId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM team_mail_settings WHERE team_id = :teamId")
                .param("teamId", teamId)
                .query(MailSettingsRepository::toTeamMail)
                .optional();
    }

    Map<Long, TeamMail> findAll(Collection<Long> teamIds) {
        Map<Long, TeamMail> found = new HashMap<>();
        if (teamIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM team_mail_settings WHERE team_id IN (:teamIds)")
                .param("teamIds", teamIds)
                .query(MailSettingsRepository::toTeamMail)
                .list()
                .forEach(mail -> found.put(mail.teamId(), mail));
        return found;
    }

    /** Replaces the team's settings; the caller holds the team's lock, so two first writes do not both insert. */
    void put(TeamMail mail) {
        jdbc.sql("DELETE FROM team_mail_settings WHERE team_id = :teamId").param("teamId", mail.teamId()).update();
        jdbc.sql("""
                        INSERT INTO team_mail_settings (team_id, from_address, from_name, smtp_host, smtp_port, smtp_security,
                            smtp_username, smtp_password, updated_at)
                        VALUES (:teamId, :from, :name, :host, :port, :security, :username, :password, :at)
                        """)
                .param("teamId", mail.teamId())
                .param("from", mail.from())
                .param("name", mail.fromName())
                .param("host", mail.host())
                .param("port", mail.port())
                .param("security", mail.security())
                .param("username", mail.username())
                .param("password", mail.sealedPassword())
                .param("at", mail.updatedAt())
                .update();
    }

    boolean delete(long teamId) {
        return jdbc.sql("DELETE FROM team_mail_settings WHERE team_id = :teamId").param("teamId", teamId).update() > 0;
    }

    private static TeamMail toTeamMail(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new TeamMail(rs.getLong("team_id"), rs.getString("from_address"), rs.getString("from_name"), rs.getString("smtp_host"),
                rs.getObject("smtp_port", Integer.class), rs.getString("smtp_security"), rs.getString("smtp_username"),
                rs.getString("smtp_password"), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
