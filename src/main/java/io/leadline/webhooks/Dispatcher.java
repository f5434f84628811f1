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
import java.util.UUID;
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
 * Delivers on every node, in three steps (LL-13). Claim, in a short transaction: lock one due subscription
 * ({@code FOR UPDATE SKIP LOCKED}, so nodes and threads never share one), take its oldest pending message or batch its
 * oldest events into a new message (its id and body are fixed from then on), and lease the subscription for the
 * length of one POST. Send, outside any transaction: no connection or row lock is held while the receiver answers.
 * Record, in another short transaction: the attempt, the message's fate and the end of the lease. A node that dies
 * mid-POST leaves the lease to run out; another node then sends the same message again, with the same
 * {@code webhook-id}. A failed message blocks its subscription until the retry, so a receiver sees events in order.
 * Idle dispatchers wait to be woken: after a commit on this node, by PostgreSQL notifications from other nodes
 * ({@link WakeOnNotify}), when a retry falls due, or at the slow safety poll.
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
    private final WebhookMetrics metrics;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final List<Thread> workers = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();
    private volatile long nextRetryAtMillis = Long.MAX_VALUE;
    private volatile boolean running;

    Dispatcher(SubscriptionRepository subscriptions, EventRepository events, MessageRepository messages, Sender sender,
               TransactionTemplate transactions, WebhookProperties properties, IdGenerator ids, JsonMapper json, Clock clock,
               WebhookMetrics metrics) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.messages = messages;
        this.sender = sender;
        this.transactions = transactions;
        this.properties = properties;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
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
                delivered = dispatchOne();
            } catch (RuntimeException e) {
                log.warn("webhook dispatch failed; retrying after the poll interval", e);
            }
            if (!delivered) {
                idle();
            }
        }
    }

    private void idle() {
        long untilRetry = nextRetryAtMillis - clock.millis();
        long wait = Math.max(1, Math.min(properties.pollInterval().toMillis(), untilRetry));
        lock.lock();
        try {
            work.await(wait, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
        if (nextRetryAtMillis <= clock.millis()) {
            nextRetryAtMillis = Long.MAX_VALUE;
        }
    }

    /** How many times dispatchers looked for work: an idle server's should grow only with the safety poll. */
    long polls() {
        return polls.get();
    }

    record Claim(Subscription subscription, @Nullable Message message, String leaseToken) {}

    /** One message for one subscription; false when nothing is due anywhere. */
    boolean dispatchOne() {
        polls.incrementAndGet();
        Claim claim = transactions.execute(status -> claim(Times.now(clock)));
        if (claim == null) {
            return false;
        }
        if (claim.message() != null) {
            Sender.Outcome outcome = sender.send(claim.subscription(), claim.message());
            transactions.executeWithoutResult(status -> finish(claim, outcome, Times.now(clock)));
        }
        return true;
    }

    @Nullable Claim claim(OffsetDateTime now) {
        Subscription subscription = subscriptions.claimDue(now).orElse(null);
        if (subscription == null) {
            return null;
        }
        Message message = messages.oldestPending(subscription.id()).orElseGet(() -> batch(subscription, now));
        if (message == null) {
            subscriptions.dispatched(subscription.id(), null, now);
            return new Claim(subscription, null, "");
        }
        String token = UUID.randomUUID().toString();
        subscriptions.lease(subscription.id(), now.plus(lease()), token);
        return new Claim(subscription, message, token);
    }

    /** Long enough for the sender's connect timeout and request timeout back to back, and a margin. */
    private Duration lease() {
        return properties.timeout().multipliedBy(2).plusSeconds(5);
    }

    /**
     * Records what the receiver answered. When the lease ran out meanwhile, the subscription is another dispatcher's
     * now: the attempt is logged and a delivery noted, but its schedule is left to the new holder. When the
     * subscription was deleted meanwhile, its messages went with it and there is nothing to record.
     */
    private void finish(Claim claim, Sender.Outcome outcome, OffsetDateTime now) {
        Message message = java.util.Objects.requireNonNull(claim.message());
        Subscription subscription = claim.subscription();
        if (messages.find(subscription.id(), message.id()).isEmpty()) {
            return;
        }
        record(message, outcome, now);
        metrics.attempted(outcome);
        int attempts = message.attempts() + 1;
        if (outcome.delivered()) {
            messages.settle(message.id(), Message.DELIVERED, attempts, null, now);
            metrics.delivered(message, now);
            subscriptions.release(subscription.id(), claim.leaseToken(), null, now);
        } else if (!now.isBefore(message.firstEventAt().plus(properties.retryFor()))) {
            if (subscriptions.release(subscription.id(), claim.leaseToken(), null, now)) {
                messages.settle(message.id(), Message.FAILED, attempts, null, now);
                metrics.gaveUp();
            }
        } else {
            OffsetDateTime next = now.plus(backoff(attempts));
            if (subscriptions.release(subscription.id(), claim.leaseToken(), next, now)) {
                messages.settle(message.id(), Message.PENDING, attempts, next, null);
                nextRetryAtMillis = Math.min(nextRetryAtMillis, next.toInstant().toEpochMilli());
            }
        }
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
