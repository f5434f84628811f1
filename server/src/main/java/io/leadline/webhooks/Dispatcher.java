package io.leadline.webhooks;

import io.leadline.database.NodeNotifications;
import io.leadline.ids.IdGenerator;
import io.leadline.outbound.Lease;
import io.leadline.outbound.OutboundChannel;
import io.leadline.outbound.RetryPolicy;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers webhooks on every node, on the outbound kernel ({@link OutboundChannel}), in three steps (LL-13). Claim, in
 * a short transaction: lock one due subscription ({@code FOR UPDATE SKIP LOCKED}, so nodes and threads never share
 * one), take its oldest pending message or batch its oldest events into a new message (its id and body are fixed from
 * then on), and lease the subscription for the length of one POST. Send, outside any transaction: no connection or row
 * lock is held while the receiver answers. Record, in another short transaction: the attempt, the message's fate and
 * the end of the lease. A node that dies mid-POST leaves the lease to run out; another node then sends the same
 * message again, with the same {@code webhook-id}. A failed message blocks its subscription until the retry, so a
 * receiver sees events in order.
 */
@Component
class Dispatcher extends OutboundChannel {

    /** The notification name nodes of earlier versions send and listen on, kept so a mixed cluster still wakes. */
    static final String NOTIFICATION_CHANNEL = "leadline_webhook_events";
    private static final Duration KEEP_FINISHED = Duration.ofDays(7);

    private final SubscriptionRepository subscriptions;
    private final EventRepository events;
    private final MessageRepository messages;
    private final Sender sender;
    private final TransactionTemplate transactions;
    private final WebhookProperties properties;
    private final RetryPolicy retries;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;
    private final WebhookMetrics metrics;
    private final ObjectProvider<DeliveryBehaviour> behaviours;

    Dispatcher(SubscriptionRepository subscriptions, EventRepository events, MessageRepository messages, Sender sender,
               TransactionTemplate transactions, WebhookProperties properties, IdGenerator ids, JsonMapper json, Clock clock,
               WebhookMetrics metrics, NodeNotifications notifications, ObjectProvider<DeliveryBehaviour> behaviours) {
        super(new Settings("webhook", properties.dispatch(), properties.dispatchers(), properties.pollInterval(),
                properties.timeout().plusSeconds(1)), clock, notifications);
        this.subscriptions = subscriptions;
        this.events = events;
        this.behaviours = behaviours;
        this.messages = messages;
        this.sender = sender;
        this.transactions = transactions;
        this.properties = properties;
        this.retries = properties.retries();
        this.ids = ids;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public String channel() {
        return NOTIFICATION_CHANNEL;
    }

    @Override
    protected boolean deliverSome() {
        return dispatchOne();
    }

    @Override
    protected void forgetLeases() {
        subscriptions.forgetLeases();
    }

    record Claim(Subscription subscription, @Nullable Message message, @Nullable Lease lease) {}

    /** One message for one subscription; false when nothing is due anywhere. */
    boolean dispatchOne() {
        Claim claim = transactions.execute(status -> claim(Times.now(clock)));
        if (claim == null) {
            return false;
        }
        if (claim.message() != null) {
            Sender.Outcome outcome = sender.send(claim.subscription(), claim.message());
            recordWhileLeased(() -> transactions.executeWithoutResult(status -> finish(claim, outcome, Times.now(clock))),
                    claim.lease());
        }
        return true;
    }

    @Nullable Claim claim(OffsetDateTime now) {
        Subscription subscription = subscriptions.claimDue(now).orElse(null);
        if (subscription == null) {
            return null;
        }
        Message message = messages.oldestDue(subscription.id(), now).orElse(null);
        if (message == null) {
            message = batch(subscription, now);
            if (message != null && postpone(subscription, message, now)) {
                return new Claim(subscription, null, null);
            }
        }
        if (message == null) {
            subscriptions.dispatched(subscription.id(), null, now);
            return new Claim(subscription, null, null);
        }
        Lease lease = Lease.from(now, leaseLength());
        subscriptions.lease(subscription.id(), lease.until(), lease.token());
        return new Claim(subscription, message, lease);
    }

    /**
     * Whether a message just made waits (only when the sandbox says so): late, it holds its subscription as a retry
     * does; held back, the messages made after it go first.
     */
    private boolean postpone(Subscription subscription, Message message, OffsetDateTime now) {
        DeliveryBehaviour behaviour = behaviours.getIfAvailable();
        if (behaviour == null) {
            return false;
        }
        Duration late = behaviour.beforeFirstAttempt(subscription.id());
        Duration heldBack = late.isPositive() ? Duration.ZERO : behaviour.heldBack(subscription.id());
        if (!late.isPositive() && !heldBack.isPositive()) {
            return false;
        }
        OffsetDateTime due = now.plus(late.isPositive() ? late : heldBack);
        messages.settle(message.id(), Message.PENDING, 0, due, null);
        subscriptions.dispatched(subscription.id(), late.isPositive() ? due : null, now);
        retryAt(due);
        return true;
    }

    /** Null unless something (the sandbox) repeats deliveries: then a first attempt that landed goes once more. */
    private @Nullable Duration repeatAfter(Subscription subscription, int attempts) {
        DeliveryBehaviour behaviour = behaviours.getIfAvailable();
        return behaviour == null || attempts != 1 ? null : behaviour.repeatAfterDelivery(subscription.id());
    }

    /** Long enough for the sender's connect timeout and request timeout back to back, and a margin. */
    private Duration leaseLength() {
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
        Duration again = outcome.delivered() ? repeatAfter(subscription, attempts) : null;
        if (again != null) {
            OffsetDateTime next = now.plus(again);
            messages.settle(message.id(), Message.PENDING, attempts, next, null);
            metrics.delivered(message, now);
            subscriptions.release(subscription.id(), claim.lease().token(), next, now);
            retryAt(next);
        } else if (outcome.delivered()) {
            messages.settle(message.id(), Message.DELIVERED, attempts, null, now);
            metrics.delivered(message, now);
            subscriptions.release(subscription.id(), claim.lease().token(), null, now);
        } else {
            OffsetDateTime next = retries.nextTry(attempts, message.firstEventAt(), now, ThreadLocalRandom.current().nextDouble())
                    .orElse(null);
            if (next == null) {
                if (subscriptions.release(subscription.id(), claim.lease().token(), null, now)) {
                    messages.settle(message.id(), Message.FAILED, attempts, null, now);
                    metrics.gaveUp();
                }
            } else if (subscriptions.release(subscription.id(), claim.lease().token(), next, now)) {
                messages.settle(message.id(), Message.PENDING, attempts, next, null);
                retryAt(next);
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
        messages.insertAttempt(new Attempt(ids.nextId(), message.id(), at, outcome.httpStatus(),
                outcome.latencyMs(), outcome.error(), outcome.responseExcerpt()));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldMessages() {
        transactions.executeWithoutResult(status -> messages.deleteFinishedBefore(Times.now(clock).minus(KEEP_FINISHED)));
    }
}
