package io.leadline.web;

/**
 * A per-node cache that is used only while this node hears the other nodes' notifications on its channel: a change
 * made elsewhere empties it here, and what was kept while notifications could have been missed is dropped whenever
 * listening starts or stops. While not listening, {@link #listening()} is false and callers read the database.
 */
public abstract class ListeningCache implements NodeNotifications.Listener {

    private volatile boolean listening;

    protected final boolean listening() {
        return listening;
    }

    /** Forgets everything kept. */
    protected abstract void clear();

    @Override
    public final void notified() {
        clear();
    }

    @Override
    public final void connected() {
        clear();
        listening = true;
    }

    @Override
    public final void disconnected() {
        listening = false;
        clear();
    }
}
