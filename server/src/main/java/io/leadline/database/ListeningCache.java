package io.leadline.database;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;

/**
 * A per-node cache that is used only while this node hears the other nodes' notifications on its channel: a change
 * made elsewhere empties it here, and what was kept while notifications could have been missed is dropped whenever
 * listening starts or stops. While not listening, {@link #listening()} is false and callers read the database.
 */
public abstract class ListeningCache implements NodeNotifications.Listener {

    private volatile boolean listening;
    private final AtomicLong generation = new AtomicLong();

    protected final boolean listening() {
        return listening;
    }

    /** Forgets everything kept. */
    protected abstract void clear();

    /** Taken before loading, and handed to {@link #keep}: a change heard after it means the load may be stale. */
    protected final long generationNow() {
        return generation.get();
    }

    /** Forgets everything kept, and makes any load under way not kept. */
    protected final void forget() {
        forgetLoadsUnderWay();
        clear();
    }

    /** Makes any load under way not kept, and leaves what is kept: for a cache that forgets part of itself. */
    protected final void forgetLoadsUnderWay() {
        generation.incrementAndGet();
    }

    /** Keeps what was loaded, unless a change was heard since the load began (then it is not kept, or taken back). */
    protected final <K, V> void keep(Map<K, V> kept, K key, V value, long generationBeforeLoad, int maxEntries) {
        if (generation.get() != generationBeforeLoad) {
            return;
        }
        if (kept.size() >= maxEntries) {
            kept.clear();
        }
        kept.put(key, value);
        if (generation.get() != generationBeforeLoad) {
            kept.remove(key, value);
        }
    }

    /**
     * What is kept under the key, or else loaded and, once the transaction that read it commits, kept — unless a
     * change was heard meanwhile. While not listening, always loaded. Call inside the reading transaction.
     */
    protected final <K, V> V keptOrLoaded(Map<K, V> kept, K key, Supplier<V> load, int maxEntries) {
        if (!listening) {
            return load.get();
        }
        V known = kept.get(key);
        if (known != null) {
            return known;
        }
        long generationBeforeLoad = generationNow();
        V loaded = load.get();
        AfterCommit.run(() -> keep(kept, key, loaded, generationBeforeLoad, maxEntries));
        return loaded;
    }

    @Override
    public final void notified() {
        forget();
    }

    /** Rows were put back wholesale on this node: nothing kept can be trusted. */
    @EventListener
    public final void dataReplaced(DataReplaced replaced) {
        forget();
    }

    @Override
    public final void connected() {
        forget();
        listening = true;
    }

    @Override
    public final void disconnected() {
        listening = false;
        forget();
    }
}
