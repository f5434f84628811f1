package io.leadline.webhooks;

import io.leadline.ids.IdGenerator;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Subscriptions (Lofty's endpoints) and their Leadline extras: pause, secrets, ping, the delivery log, replay. */
@Service
public class WebhookService {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 5000;
    static final Duration OLD_SECRET_GRACE = Duration.ofHours(24);

    /** Lofty's lists are 1–12; Leadline's own start at 101. */
    static final int LOFTY_LISTS = 12;

    public record SubscribeRequest(@Nullable Integer listId, @Nullable String callbackUrl, @Nullable Integer limit, @Nullable Integer permissionMode) {}

    private final SubscriptionRepository subscriptions;
    private final Listeners listeners;
    private final MessageRepository messages;
    private final EventRepository events;
    private final Dispatcher dispatcher;
    private final Sender sender;
    private final WebhookProperties properties;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;

    WebhookService(SubscriptionRepository subscriptions, Listeners listeners, MessageRepository messages, EventRepository events,
                   Dispatcher dispatcher, Sender sender, WebhookProperties properties, IdGenerator ids, JsonMapper json, Clock clock,
                   TransactionTemplate transactions) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.listeners = listeners;
        this.messages = messages;
        this.events = events;
        this.dispatcher = dispatcher;
        this.sender = sender;
        this.properties = properties;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    /** Lofty's subscribe: its lists 1–12 only. */
    @Transactional
    public Subscription subscribe(Caller caller, SubscribeRequest request) {
        if (request.listId() == null) {
            throw ApiException.missingField("listId");
        }
        if (request.listId() < 1 || request.listId() > LOFTY_LISTS) {
            throw ApiException.invalidField("listId", "WEBHOOK_TYPE_ERROR: must be a list from 1 to 12, not " + request.listId());
        }
        return subscribed(caller, request);
    }

    /** Leadline's subscribe: its own lists (101, imports), for the team's owners and admins. */
    @Transactional
    public Subscription subscribeToLeadlineList(Caller caller, SubscribeRequest request) {
        caller.requireManagesTeam("hears of its imports");
        if (request.listId() == null || request.listId() != WebhookEvents.LEADLINE_IMPORTS) {
            throw ApiException.invalidField("listId", "must be " + WebhookEvents.LEADLINE_IMPORTS
                    + " (imports), Leadline's own list; Lofty's lists 1-12 are subscribed at POST /v1.0/webhook");
        }
        return subscribed(caller, request);
    }

    private Subscription subscribed(Caller caller, SubscribeRequest request) {
        String url = CallbackUrls.validated(request.callbackUrl(), properties.allowInsecureTargets()).toString();
        int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalidField("limit", "must be 1 to " + MAX_LIMIT + " events per POST, not " + limit);
        }
        int mode = request.permissionMode() == null ? 0 : request.permissionMode();
        if (mode != 0 && mode != 1) {
            throw ApiException.invalidField("permissionMode", "must be 0 (assignment) or 1 (ownership), not " + mode);
        }
        if (subscriptions.count(caller.teamId(), request.listId()) >= properties.maxSubscriptionsPerList()) {
            throw ApiException.invalidField("listId", "WEBHOOK_EXCEED_LIMIT: the team already has "
                    + properties.maxSubscriptionsPerList() + " subscriptions to list " + request.listId());
        }
        Subscription subscription = new Subscription(ids.nextId(), caller.teamId(), caller.userId(), request.listId(), url, limit, mode,
                false, null, null, null, null, Times.now(clock));
        subscriptions.insert(subscription);
        subscriptions.countChange();
        listeners.changed();
        return subscription;
    }

    /** The team's subscriptions; {@code loftyListsOnly} leaves Leadline's own lists out (Lofty's list shows none). */
    @Transactional(readOnly = true)
    public List<Subscription> list(Caller caller, boolean loftyListsOnly) {
        return subscriptions.ofTeam(caller.teamId()).stream()
                .filter(subscription -> !loftyListsOnly || subscription.listId() <= LOFTY_LISTS).toList();
    }

    /** Lofty: a missing subscription and someone else's are both 400, with different names. */
    @Transactional
    public void unsubscribe(Caller caller, long id) {
        Subscription subscription = subscriptions.find(caller.teamId(), id)
                .orElseThrow(() -> ApiException.invalidField("subscribeId", "WEBHOOK_DELETE_NOT_EXIST: no subscription " + id));
        if (subscription.userId() != caller.userId() && !caller.managesTeam()) {
            throw ApiException.invalidField("subscribeId", "WEBHOOK_DELETE_NO_AUTHORITY: subscription " + id + " belongs to another user");
        }
        subscriptions.delete(id);
        subscriptions.countChange();
        listeners.changed();
    }

    @Transactional(readOnly = true)
    public Subscription own(Caller caller, long id) {
        Subscription subscription = subscriptions.find(caller.teamId(), id)
                .orElseThrow(() -> new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "no webhook subscription " + id));
        if (subscription.userId() != caller.userId() && !caller.managesTeam()) {
            throw ApiException.permissionDenied("subscription " + id + " belongs to another user");
        }
        return subscription;
    }

    /** Events waiting for each of the caller's team's subscriptions (0 when absent from the map). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> pendingEventsOfTeam(Caller caller) {
        return events.pendingOfTeam(caller.teamId());
    }

    @Transactional(readOnly = true)
    public long pendingEvents(long subscriptionId) {
        return events.pending(subscriptionId);
    }

    @Transactional
    public Subscription setPaused(Caller caller, long id, boolean paused) {
        own(caller, id);
        subscriptions.setPaused(id, paused);
        if (!paused) {
            dispatcher.wake();
        }
        return own(caller, id);
    }

    /** A new secret, shown once; the one it replaces keeps signing alongside for a day so receivers can switch. */
    @Transactional
    public String rotateSecret(Caller caller, long id) {
        Subscription subscription = own(caller, id);
        String secret = Signatures.newSecret();
        OffsetDateTime until = subscription.secret() == null ? null : Times.now(clock).plus(OLD_SECRET_GRACE);
        subscriptions.rotateSecret(id, secret, subscription.secret(), until);
        return secret;
    }

    public record Delivery(Message message, List<Attempt> attempts) {}

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(Caller caller, long id, int limit) {
        own(caller, id);
        List<Message> latest = messages.latest(id, limit);
        Map<Long, List<Attempt>> attempts = messages.attempts(latest.stream().map(Message::id).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(Attempt::messageId));
        return latest.stream().map(m -> new Delivery(m, attempts.getOrDefault(m.id(), List.of()))).toList();
    }

    private record Prepared(Subscription subscription, Message message) {}

    /**
     * Sends a small signed test payload now and logs it like any delivery. Like the dispatcher, it holds no
     * transaction while the receiver answers: the message is written, sent, then its outcome recorded.
     */
    public Delivery ping(Caller caller, long id) {
        Prepared prepared = java.util.Objects.requireNonNull(transactions.execute(status -> {
            Subscription subscription = own(caller, id);
            OffsetDateTime now = Times.now(clock);
            Map<String, Object> payload = new java.util.LinkedHashMap<>();
            payload.put("listId", subscription.listId());
            payload.put("teamId", subscription.teamId());
            payload.put("ping", Map.of("subscribeId", id, "time", now.toInstant().toEpochMilli()));
            Message message = new Message(ids.nextId(), id, Message.PING, json.writeValueAsString(payload), 0, now,
                    Message.PENDING, 0, null, now, null);
            messages.insert(message);
            return new Prepared(subscription, message);
        }));
        return sendNow(prepared);
    }

    /** Sends a logged message again, with its original id and body; a FAILED one that now succeeds is DELIVERED. */
    public Delivery replay(Caller caller, long id, long messageId) {
        Prepared prepared = java.util.Objects.requireNonNull(transactions.execute(status -> {
            Subscription subscription = own(caller, id);
            Message message = messages.find(id, messageId).orElseThrow(() -> noMessage(id, messageId));
            if (message.status().equals(Message.PENDING) && message.kind().equals(Message.EVENTS)) {
                throw ApiException.conflict("message " + messageId + " is still being delivered; its next attempt is at "
                        + message.nextAttemptAt());
            }
            return new Prepared(subscription, message);
        }));
        return sendNow(prepared);
    }

    /**
     * Sends again, through the dispatcher and in their order, every finished batch of events made since {@code since}
     * that the log still holds: same ids and bodies, after anything already waiting. Returns how many.
     */
    @Transactional
    public int replaySince(Caller caller, long id, OffsetDateTime since) {
        own(caller, id);
        int requeued = messages.requeueSince(id, since);
        if (requeued > 0) {
            dispatcher.wake();
        }
        return requeued;
    }

    private Delivery sendNow(Prepared prepared) {
        Subscription subscription = prepared.subscription();
        Message message = prepared.message();
        Sender.Outcome outcome = sender.send(subscription, message);
        return java.util.Objects.requireNonNull(transactions.execute(status -> {
            OffsetDateTime now = Times.now(clock);
            Message current = messages.find(subscription.id(), message.id())
                    .orElseThrow(() -> noMessage(subscription.id(), message.id()));
            dispatcher.record(current, outcome, now);
            String fate = outcome.delivered() ? Message.DELIVERED : current.kind().equals(Message.PING) ? Message.FAILED : current.status();
            messages.settle(current.id(), fate, current.attempts() + 1, null, now);
            Message settled = messages.find(subscription.id(), current.id()).orElseThrow();
            return new Delivery(settled, messages.attempts(List.of(current.id())));
        }));
    }

    private static ApiException noMessage(long subscriptionId, long messageId) {
        return new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "no message " + messageId + " for subscription " + subscriptionId);
    }
}
