package io.leadline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Outside a transaction a load is kept at once (AfterCommit runs immediately), which these tests rely on. */
class ListeningCacheTests {

    /** A cache of squares that counts its loads. */
    static final class Squares extends ListeningCache {

        final Map<Integer, Integer> kept = new ConcurrentHashMap<>();
        final AtomicInteger loads = new AtomicInteger();
        int maxEntries = 100;

        int square(int n) {
            return keptOrLoaded(kept, n, () -> {
                loads.incrementAndGet();
                return n * n;
            }, maxEntries);
        }

        long startLoad() {
            return generationNow();
        }

        void finishLoad(int n, long generationBeforeLoad) {
            keep(kept, n, n * n, generationBeforeLoad, maxEntries);
        }

        @Override
        protected void clear() {
            kept.clear();
        }

        @Override
        public String channel() {
            return "leadline_squares";
        }
    }

    @Test
    void untilItListensEveryReadLoads() {
        Squares cache = new Squares();
        cache.square(3);
        cache.square(3);
        assertThat(cache.loads).hasValue(2);
        assertThat(cache.kept).isEmpty();
    }

    @Test
    void whileListeningALoadIsKeptAndReadAgainWithoutLoading() {
        Squares cache = new Squares();
        cache.connected();
        assertThat(cache.square(3)).isEqualTo(9);
        assertThat(cache.square(3)).isEqualTo(9);
        assertThat(cache.loads).hasValue(1);
    }

    @Test
    void aNotificationEmptiesIt() {
        Squares cache = new Squares();
        cache.connected();
        cache.square(3);
        cache.notified();
        cache.square(3);
        assertThat(cache.loads).hasValue(2);
    }

    @Test
    void aLoadThatRacedWithANotificationIsNotKept() {
        Squares cache = new Squares();
        cache.connected();
        long before = cache.startLoad();
        cache.notified();
        cache.finishLoad(4, before);
        assertThat(cache.kept).isEmpty();
    }

    @Test
    void losingTheListeningConnectionEmptiesItAndReadsGoToTheDatabaseAgain() {
        Squares cache = new Squares();
        cache.connected();
        cache.square(3);
        cache.disconnected();
        assertThat(cache.kept).isEmpty();
        cache.square(3);
        cache.square(3);
        assertThat(cache.loads).hasValue(3);
    }

    @Test
    void whatWasKeptBeforeListeningStartedIsDroppedWhenItStarts() {
        Squares cache = new Squares();
        cache.kept.put(3, -1);
        cache.connected();
        assertThat(cache.square(3)).isEqualTo(9);
    }

    @Test
    void aFullCacheStartsOverRatherThanGrowing() {
        Squares cache = new Squares();
        cache.maxEntries = 2;
        cache.connected();
        cache.square(1);
        cache.square(2);
        cache.square(3);
        assertThat(cache.kept).containsOnlyKeys(3);
    }
}
