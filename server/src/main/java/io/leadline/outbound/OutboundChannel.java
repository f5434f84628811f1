package io.leadline.outbound;

import io.leadline.clock.ClockMoved;
import io.leadline.database.DataReplaced;
import io.leadline.database.NodeNotifications;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One way out of the server (webhooks, emails and texts), on every node: workers that claim due work with a lease,
 * send it outside any transaction and record the outcome, which is all a channel supplies ({@link #deliverSome}).
 * Idle workers wait to be woken: after a commit on this node ({@link #wakeAfterCommit}), by a PostgreSQL
 * notification from another node, when a retry this node scheduled falls due, when the clock moves
 * ({@link ClockMoved}), or at the slow safety poll. Every time they read comes from the one {@link Clock}.
 */
public abstract class OutboundChannel implements SmartLifecycle, NodeNotifications.Listener {

    /**
     * {@code name} names the workers and the notification channel; {@code dispatch} false leaves delivery to other
     * nodes; a stopping node waits up to {@code stopWait} for a send in flight.
     */
    public record Settings(String name, boolean dispatch, int dispatchers, Duration pollInterval, Duration stopWait) {

        public Settings {
            if (dispatchers < 1) {
                throw new IllegalArgumentException(name + ": dispatchers must be at least 1, was " + dispatchers);
            }
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException(name + ": poll-interval must be positive, was " + pollInterval);
            }
        }
    }

    private static final Logger log = LoggerFactory.getLogger(OutboundChannel.class);
    private static final Duration RECORD_RETRY = Duration.ofMillis(250);

    private final Settings settings;
    private final Clock clock;
    private final NodeNotifications notifications;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong nextRetryAtMillis = new AtomicLong(Long.MAX_VALUE);
    private final Object wakeRegistered = new Object();
    private volatile boolean running;

    protected OutboundChannel(Settings settings, Clock clock, NodeNotifications notifications) {
        this.settings = settings;
        this.clock = clock;
        this.notifications = notifications;
    }

    /** Claims, sends and records some due work; true when more may be due at once. */
    protected abstract boolean deliverSome();

    /** Ends every lease the channel's rows hold, whoever took it: the work is due again at once. */
    protected abstract void forgetLeases();

    /**
     * Rows were put back under this node (a sandbox restore): a lease in them was taken before the snapshot by a
     * worker long done, and would hold its work until it ran out. Forgotten, the work goes now.
     */
    @EventListener(DataReplaced.class)
    public void dataReplaced() {
        forgetLeases();
        wake();
    }

    @Override
    public void start() {
        running = true;
        if (!settings.dispatch()) {
            return;
        }
        for (int i = 0; i < settings.dispatchers(); i++) {
            workers.add(Thread.ofVirtual().name(settings.name() + "-dispatcher-" + i).start(this::loop));
        }
    }

    @Override
    public void stop() {
        running = false;
        wake();
        for (Thread worker : workers) {
            try {
                worker.join(settings.stopWait().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Idle workers look for work at once instead of at their next wake-up. */
    public void wake() {
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * In the caller's transaction, once however often it is called: every other node hears of new work when it
     * commits, and this node's workers look right after the commit. Outside a transaction they look now.
     */
    public void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(wakeRegistered)) {
            return;
        }
        notifications.send(channel());
        TransactionSynchronizationManager.bindResource(wakeRegistered, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(wakeRegistered);
            }
        });
    }

    /**
     * Writes a delivery's outcome, trying again every 250 ms while the database is away (a failover) and the claim's
     * lease lasts: the outcome is written late rather than lost. Lost, the delivery would be made again once the lease
     * ran out — for an email, a second copy in the inbox. Past the lease the failure stands (the outcome's write is
     * guarded by the lease's token, so a late one could not land on work another node has taken since).
     */
    protected final void recordWhileLeased(Runnable record, Lease lease) {
        while (true) {
            try {
                record.run();
                return;
            } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
                if (!running || System.nanoTime() + RECORD_RETRY.toNanos() > lease.endsAtNanos()) {
                    throw e;
                }
                sleep(RECORD_RETRY);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A retry this node recorded: an idle worker wakes for it, not only at the safety poll. */
    protected void retryAt(OffsetDateTime due) {
        nextRetryAtMillis.accumulateAndGet(due.toInstant().toEpochMilli(), Math::min);
    }

    @EventListener
    void clockMoved(ClockMoved moved) {
        wake();
    }

    /** How many times workers looked for work: an idle server's grows only with the safety poll. */
    public long polls() {
        return polls.get();
    }

    @Override
    public String channel() {
        return "leadline_" + settings.name();
    }

    @Override
    public void notified() {
        wake();
    }

    /** Anything written while this node was not listening is looked for once. */
    @Override
    public void connected() {
        wake();
    }

    @Override
    public void disconnected() {
        // workers keep their safety poll
    }

    private void loop() {
        while (running) {
            boolean more = false;
            try {
                polls.incrementAndGet();
                more = deliverSome();
            } catch (RuntimeException e) {
                log.warn("{} delivery failed; trying again after the poll interval", settings.name(), e);
            }
            if (!more && running) {
                idle();
            }
        }
    }

    private void idle() {
        long now = clock.millis();
        long untilRetry = nextRetryAtMillis.get() - now;
        long wait = Math.max(1, Math.min(settings.pollInterval().toMillis(), untilRetry));
        lock.lock();
        try {
            work.await(wait, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
        long due = nextRetryAtMillis.get();
        if (due <= clock.millis()) {
            nextRetryAtMillis.compareAndSet(due, Long.MAX_VALUE);
        }
    }
}
