package io.leadline.communications;

import io.leadline.web.Times;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued emails and texts, on every node. A batch is claimed in a short transaction (row locks other nodes
 * skip, then a lease), handed to its carrier outside any transaction, one virtual thread per message, and each
 * outcome written only while the lease is still this node's: sent, tried again later (doubling from
 * {@code first-retry} up to {@code max-retry}), or failed for good after {@code attempts} tries. A node that dies
 * mid-send leaves its lease to run out; another node then sends the message.
 */
@Component
class MessageDispatcher {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

    private final CommunicationRepository communications;
    private final Carriers carriers;
    private final MessagingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("message-dispatcher").factory());
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    MessageDispatcher(CommunicationRepository communications, Carriers carriers, MessagingProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.communications = communications;
        this.carriers = carriers;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${leadline.messages.poll-interval}")
    void poll() {
        wake();
    }

    /** Drains the outbox soon, on the dispatcher's own thread (never on the caller's or the scheduler's). */
    void wake() {
        if (properties.dispatch() && !worker.isShutdown()) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (deliverBatch() == BATCH) {
                    // a full batch: there may be more due
                }
            } while (again.get());
        } catch (RuntimeException e) {
            log.warn("Message delivery stopped for now: {}", e.getMessage());
        } finally {
            draining.set(false);
        }
    }

    /** One batch: claimed, sent in parallel, outcomes recorded; answers how many were claimed. */
    int deliverBatch() {
        String token = UUID.randomUUID().toString();
        OffsetDateTime now = Times.now(clock);
        List<Communication> claimed = transactions.execute(status ->
                communications.claimDue(now, now.plus(properties.lease()), token, BATCH));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        List<Callable<Void>> sends = new ArrayList<>();
        for (Communication message : claimed) {
            sends.add(() -> {
                deliver(message, token);
                return null;
            });
        }
        try {
            for (Future<Void> sent : senders.invokeAll(sends)) {
                sent.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("A message delivery failed unexpectedly: {}", e.getCause().toString());
        }
        return claimed.size();
    }

    private void deliver(Communication message, String token) {
        Carrier.Delivery delivery;
        try {
            delivery = carriers.named(message.provider(), message.channel())
                    .map(carrier -> carrier.deliver(new Carrier.Outbound(message.id(), message.channel(),
                            String.valueOf(message.leadAddress()), message.subject(), String.valueOf(message.body()))))
                    .orElseGet(() -> Carrier.Delivery.retry("this server has no " + message.provider() + " carrier for "
                            + message.channel().name().toLowerCase(java.util.Locale.ROOT) + " now"));
        } catch (RuntimeException e) {
            delivery = Carrier.Delivery.retry(e.toString());
        }
        OffsetDateTime now = Times.now(clock);
        int attempts = communications.attempts(message.id());
        switch (delivery.outcome()) {
            case SENT -> communications.finish(message.id(), token, "Sent", null, delivery.providerId(), null, now);
            case FAILED -> communications.finish(message.id(), token, "Failed", null, null, delivery.error(), null);
            case RETRY -> {
                if (attempts >= properties.attempts()) {
                    communications.finish(message.id(), token, "Failed", null, null,
                            "gave up after " + attempts + " attempts: " + delivery.error(), null);
                } else {
                    communications.finish(message.id(), token, "Queued", now.plus(backoff(attempts)), null, delivery.error(), null);
                }
            }
        }
    }

    /** first-retry, doubled for each attempt already made, at most max-retry. */
    Duration backoff(int attempts) {
        Duration wait = properties.firstRetry();
        for (int i = 1; i < attempts && wait.compareTo(properties.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : wait;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        senders.shutdownNow();
    }
}
