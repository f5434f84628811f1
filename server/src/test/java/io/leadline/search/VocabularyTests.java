package io.leadline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class VocabularyTests {

    private final Vocabulary vocabulary = new Vocabulary();

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
