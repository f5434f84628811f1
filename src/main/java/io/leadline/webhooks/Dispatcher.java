package io.leadline.webhooks;

import io.leadline.ids.IdGenerator;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers on every node. A dispatcher locks one due subscription ({@code FOR UPDATE SKIP LOCKED}, so nodes and
 * threads never share one), takes its oldest pending message or batches its oldest events into a new one, POSTs it,
 * and records the attempt — all in one transaction. A node that dies mid-POST rolls back, and another node sends the
 * same events again: at least once, with duplicates only for the batch in flight. A failed message blocks its
 * subscription until the retry, so a receiver sees events in the order they happened.
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration KEEP_FINISHED = Duration.ofDays(7);

    private final SubscriptionRepository subscriptions;
    private final EventRepository events;
    private final MessageRepository messages;
    private final Sender sender;
    private final TransactionTemplate transactions;
    private final WebhookProperties properties;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    Dispatcher(SubscriptionRepository subscriptions, EventRepository events, MessageRepository messages, Sender sender,
               TransactionTemplate transactions, WebhookProperties properties, IdGenerator ids, JsonMapper json, Clock clock) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.messages = messages;
        this.sender = sender;
        this.transactions = transactions;
        this.properties = properties;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        if (!properties.dispatch()) {
            return;
        }
        for (int i = 0; i < properties.dispatchers(); i++) {
            workers.add(Thread.ofVirtual().name("webhook-dispatcher-" + i).start(this::loop));
        }
    }

    @Override
    public void stop() {
        running = false;
        wake();
        for (Thread worker : workers) {
            try {
                worker.join(properties.timeout().toMillis() + 1000);
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

    /** Called after a commit that wrote events: idle dispatchers look at once instead of at their next poll. */
    void wake() {
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            boolean delivered = false;
            try {
                delivered = Boolean.TRUE.equals(transactions.execute(status -> dispatchOne()));
            } catch (RuntimeException e) {
                log.warn("webhook dispatch failed; retrying after the poll interval", e);
            }
            if (!delivered) {
                idle();
            }
        }
    }

    private void idle() {
        lock.lock();
        try {
            work.await(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** One message for one subscription; false when nothing is due anywhere. */
    boolean dispatchOne() {
        OffsetDateTime now = Times.now(clock);
        Subscription subscription = subscriptions.claimDue(now).orElse(null);
        if (subscription == null) {
            return false;
        }
        Message message = messages.oldestPending(subscription.id()).orElseGet(() -> batch(subscription, now));
        if (message == null) {
            subscriptions.dispatched(subscription.id(), null, now);
            return true;
        }
        Sender.Outcome outcome = sender.send(subscription, message);
        record(message, outcome, now);
        settle(subscription, message, outcome, now);
        return true;
    }

    /**
     * The subscription's oldest events, up to its limit, as one Lofty payload: {"listId", "teamId", bucket: […]}. A
     * payload groups items by bucket, which loses their order across buckets; so a batch ends before an event that
     * would put a lead it already holds into another bucket (created then deleted, deleted then restored).
     */
    private @Nullable Message batch(Subscription subscription, OffsetDateTime now) {
        Map<String, List<JsonNode>> buckets = new LinkedHashMap<>();
        Map<Long, String> bucketOfLead = new java.util.HashMap<>();
        List<EventRepository.PendingEvent> taken = new ArrayList<>();
        for (EventRepository.PendingEvent event : events.oldest(subscription.id(), subscription.limit())) {
            JsonNode item = json.readTree(event.item());
            String earlier = bucketOfLead.putIfAbsent(item.path("leadId").asLong(), event.bucket());
            if (earlier != null && !earlier.equals(event.bucket())) {
                break;
            }
            buckets.computeIfAbsent(event.bucket(), b -> new ArrayList<>()).add(item);
            taken.add(event);
        }
        if (taken.isEmpty()) {
            return null;
        }
        ObjectNode payload = json.createObjectNode();
        payload.put("listId", subscription.listId());
        payload.put("teamId", subscription.teamId());
        buckets.forEach((bucket, items) -> payload.putArray(bucket).addAll(items));
        Message message = new Message(ids.nextId(), subscription.id(), Message.EVENTS, json.writeValueAsString(payload),
                taken.size(), taken.getFirst().createdAt(), Message.PENDING, 0, null, now, null);
        messages.insert(message);
        events.delete(taken.stream().map(EventRepository.PendingEvent::id).toList());
        return message;
    }

    void record(Message message, Sender.Outcome outcome, OffsetDateTime at) {
        messages.insertAttempt(new MessageRepository.Attempt(ids.nextId(), message.id(), at, outcome.httpStatus(),
                outcome.latencyMs(), outcome.error()));
    }

    /** Delivered; or retried with backoff while younger than the retry window; or given up as FAILED. */
    private void settle(Subscription subscription, Message message, Sender.Outcome outcome, OffsetDateTime now) {
        int attempts = message.attempts() + 1;
        if (outcome.delivered()) {
            messages.settle(message.id(), Message.DELIVERED, attempts, null, now);
            subscriptions.dispatched(subscription.id(), null, now);
        } else if (!now.isBefore(message.firstEventAt().plus(properties.retryFor()))) {
            messages.settle(message.id(), Message.FAILED, attempts, null, now);
            subscriptions.dispatched(subscription.id(), null, now);
        } else {
            OffsetDateTime next = now.plus(backoff(attempts));
            messages.settle(message.id(), Message.PENDING, attempts, next, null);
            subscriptions.dispatched(subscription.id(), next, now);
        }
    }

    /** 1 s, 2 s, 4 s … up to the maximum, each ±20% so a fleet of failed receivers does not retry in step. */
    Duration backoff(int attempts) {
        long base = Math.min(properties.maxBackoff().toMillis(), 1000L << Math.min(attempts - 1, 20));
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (base * jitter));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldMessages() {
        transactions.executeWithoutResult(status -> messages.deleteFinishedBefore(Times.now(clock).minus(KEEP_FINISHED)));
    }
}
