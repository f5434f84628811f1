package io.leadline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.search.IndexConsistency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After every HTTP test class: the search index of each team the class made is what its leads say it should be
 * (LL-18). A write path that forgets part of the index fails the class that exercised it. And every lead names only
 * its own team's source, stage, tags and members: on PostgreSQL no foreign key checks those any more (V60).
 */
public final class IndexConsistencyCheck implements AfterAllCallback {

    private static final Map<Class<?>, List<Long>> TEAMS = new ConcurrentHashMap<>();

    static void made(Class<?> testClass, long teamId) {
        TEAMS.computeIfAbsent(testClass, c -> new CopyOnWriteArrayList<>()).add(teamId);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<Long> teams = TEAMS.remove(context.getRequiredTestClass());
        if (teams == null) {
            return;
        }
        ApplicationContext server = SpringExtension.getApplicationContext(context);
        IndexConsistency index = server.getBean(IndexConsistency.class);
        JdbcClient jdbc = server.getBean(JdbcClient.class);
        String testClass = context.getRequiredTestClass().getSimpleName();
        for (long teamId : teams) {
            assertThat(index.differences(teamId)).as("search index of team %d after %s", teamId, testClass).isEmpty();
            assertThat(jdbc.sql(LEADS_NAMING_WHAT_THEIR_TEAM_LACKS).param("teamId", teamId).query(Long.class).list())
                    .as("leads of team %d naming a source, stage, tag or member it lacks, after %s", teamId, testClass)
                    .isEmpty();
        }
    }

    private static final String LEADS_NAMING_WHAT_THEIR_TEAM_LACKS = """
            SELECT l.id FROM leads l
             WHERE l.team_id = :teamId
               AND (l.source_id IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = l.source_id AND s.team_id = l.team_id)
                    OR l.stage_id IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM stages s WHERE s.id = l.stage_id AND s.team_id = l.team_id)
                    OR l.assigned_user_id IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = l.assigned_user_id AND u.team_id = l.team_id)
                    OR l.lender_user_id IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = l.lender_user_id AND u.team_id = l.team_id)
                    OR EXISTS (SELECT 1 FROM lead_tags t WHERE t.lead_id = l.id
                                  AND NOT EXISTS (SELECT 1 FROM tags g WHERE g.id = t.tag_id AND g.team_id = l.team_id)))
            """;
}
