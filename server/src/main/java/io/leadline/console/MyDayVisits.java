package io.leadline.console;

import io.leadline.web.Caller;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** When the member last opened "my day" (table {@code console_member_visits}), to show what is new since then. */
@Repository
class MyDayVisits {

    private final JdbcClient jdbc;
    private final Clock clock;

    MyDayVisits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The previous visit, if any, and this one recorded in its place. */
    @Transactional
    Optional<OffsetDateTime> visit(Caller caller) {
        Optional<OffsetDateTime> previous = jdbc.sql("""
                        SELECT last_my_day_at FROM console_member_visits
                        WHERE team_id = :teamId AND user_id = :userId FOR UPDATE
                        """)
                .param("teamId", caller.teamId())
                .param("userId", caller.userId())
                .query(OffsetDateTime.class)
                .optional();
        OffsetDateTime now = Times.now(clock);
        if (previous.isPresent()) {
            jdbc.sql("UPDATE console_member_visits SET last_my_day_at = :now WHERE team_id = :teamId AND user_id = :userId")
                    .param("now", now).param("teamId", caller.teamId()).param("userId", caller.userId())
                    .update();
        } else {
            jdbc.sql("""
                            INSERT INTO console_member_visits (user_id, team_id, last_my_day_at)
                            VALUES (:userId, :teamId, :now)
                            """)
                    .param("now", now).param("teamId", caller.teamId()).param("userId", caller.userId())
                    .update();
        }
        return previous;
    }
}
