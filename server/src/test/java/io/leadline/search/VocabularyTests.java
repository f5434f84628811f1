package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class VocabularyTests {

    private final NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:vocabulary-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    private final Vocabulary vocabulary = new Vocabulary(jdbc,
            new StaticListableBeanFactory().getBeanProvider(TaskScheduler.class), java.time.Duration.ZERO);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void wordsAreKnownPerTeamOnceTheWriteThatStoredThemCommits() {
        TransactionSynchronizationManager.initSynchronization();
        vocabulary.storing(1, List.of("doe", "jane"));
        assertThat(vocabulary.unknown(1, List.of("doe", "jane"))).as("before the commit").containsExactly("doe", "jane");

        finish(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(vocabulary.unknown(1, List.of("ann", "doe", "jane", "lee"))).containsExactly("ann", "lee");
        assertThat(vocabulary.unknown(2, List.of("doe"))).as("another team's vocabulary").containsExactly("doe");
    }

    @Test
    void wordsOfAWriteThatRolledBackStayUnknown() {
        TransactionSynchronizationManager.initSynchronization();
        vocabulary.storing(1, List.of("doe"));

        finish(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(vocabulary.unknown(1, List.of("doe"))).containsExactly("doe");
    }

    @Test
    void everyNodeForgetsWhatItKnewWhenAnErasureRemovedWords() {
        jdbc.update("CREATE TABLE search_vocabulary_removals (id INT PRIMARY KEY, removals BIGINT NOT NULL)", Map.of());
        jdbc.update("INSERT INTO search_vocabulary_removals VALUES (1, 0)", Map.of());
        vocabulary.followRemovals();
        TransactionSynchronizationManager.initSynchronization();
        vocabulary.storing(1, List.of("doe"));
        finish(TransactionSynchronization.STATUS_COMMITTED);

        vocabulary.followRemovals();
        assertThat(vocabulary.unknown(1, List.of("doe"))).as("no removal since").isEmpty();

        jdbc.update("UPDATE search_vocabulary_removals SET removals = removals + 1", Map.of());
        vocabulary.followRemovals();
        assertThat(vocabulary.unknown(1, List.of("doe"))).as("another node removed words").containsExactly("doe");
    }

    @Test
    void anErasureThatRemovedAWordALeadWroteMeanwhilePutsItBack() {
        jdbc.update("CREATE TABLE search_vocabulary_removals (id INT PRIMARY KEY, removals BIGINT NOT NULL)", Map.of());
        jdbc.update("INSERT INTO search_vocabulary_removals VALUES (1, 0)", Map.of());
        jdbc.update("CREATE TABLE search_terms (team_id BIGINT, term VARCHAR(320), PRIMARY KEY (team_id, term))", Map.of());
        jdbc.update("CREATE TABLE lead_terms (lead_id BIGINT, term VARCHAR(320), team_id BIGINT)", Map.of());
        jdbc.update("INSERT INTO lead_terms VALUES (7, 'doe', 1)", Map.of());

        TransactionSynchronizationManager.initSynchronization();
        vocabulary.forget(1, List.of("doe", "roe"));
        finish(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(jdbc.queryForList("SELECT term FROM search_terms WHERE team_id = 1", Map.of(), String.class))
                .as("a lead holds 'doe' again; nobody holds 'roe'").containsExactly("doe");
        assertThat(jdbc.queryForObject("SELECT removals FROM search_vocabulary_removals", Map.of(), Long.class)).isEqualTo(1);
    }

    private static void finish(int status) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        for (TransactionSynchronization synchronization : synchronizations) {
            if (status == TransactionSynchronization.STATUS_COMMITTED) {
                synchronization.afterCommit();
            }
            synchronization.afterCompletion(status);
        }
    }
}
