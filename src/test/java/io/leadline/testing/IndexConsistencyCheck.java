package io.leadline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.search.IndexConsistency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After every HTTP test class: the search index of each team the class made is what its leads say it should be
 * (LL-18). A write path that forgets part of the index fails the class that exercised it.
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
        IndexConsistency index = SpringExtension.getApplicationContext(context).getBean(IndexConsistency.class);
        for (long teamId : teams) {
            assertThat(index.differences(teamId)).as("search index of team %d after %s", teamId,
                    context.getRequiredTestClass().getSimpleName()).isEmpty();
        }
    }
}
