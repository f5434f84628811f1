package io.leadline.webhooks;

import io.leadline.accounts.AccountsService;
import io.leadline.accounts.Member;
import io.leadline.ids.IdGenerator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox door. Features call it inside the transaction of their change; it writes one event row per subscription
 * whose owner may receive it, so the events commit or roll back with the change. Dispatchers are woken after commit.
 */
@Service
public class WebhookEvents {

    public static final int TRANSACTION = 5;
    public static final int CALL = 6;
    public static final int EMAIL = 7;
    public static final int TEXT = 8;
    public static final int LEAD_INFO = 2;
    public static final int LEAD_ACTIVITY = 3;
    public static final int NOTE = 9;
    public static final int TASK = 10;
    public static final int APPOINTMENT = 11;
    public static final int PIPELINE_CHANGE = 12;
    /** Leadline's own list (not Lofty's 1–12): a summary when an import job ends, for the team's owners and admins. */
    public static final int LEADLINE_IMPORTS = 101;

    /** The Lead Info bucket a change lands in. */
    public enum LeadChange {
        NEW("newLead"),
        UPDATED("updatedLead"),
        DELETED("deletedLead");

        final String bucket;

        LeadChange(String bucket) {
            this.bucket = bucket;
        }
    }

    /** Set while work runs {@link #unannounced}: nothing it changes becomes an event. */
    private static final ThreadLocal<Boolean> UNANNOUNCED = ThreadLocal.withInitial(() -> false);

    private final SubscriptionRepository subscriptions;
    private final Listeners listeners;
    private final EventRepository events;
    private final AccountsService accounts;
    private final IdGenerator ids;
    private final Dispatcher dispatcher;
    private final JsonMapper json;

    WebhookEvents(SubscriptionRepository subscriptions, Listeners listeners, EventRepository events, AccountsService accounts,
                  IdGenerator ids, Dispatcher dispatcher, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.listeners = listeners;
        this.events = events;
        this.accounts = accounts;
        this.ids = ids;
        this.dispatcher = dispatcher;
        this.json = json;
    }

    /** Lead Info (listId 2): {@code {"leadId", "updateTime"}} in the newLead, updatedLead or deletedLead bucket. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leadInfo(long teamId, long leadId, LeadChange change, EventAudience audience, OffsetDateTime at) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("leadId", leadId);
        item.put("updateTime", at.toInstant().toEpochMilli());
        record(teamId, LEAD_INFO, change.bucket, item, audience, at);
    }

    /** Lead Activity (listId 3): {@code {"leadId", "updateTime"}} in the leadActivity bucket, when site activity is added. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leadActivity(long teamId, long leadId, EventAudience audience, OffsetDateTime at) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("leadId", leadId);
        item.put("updateTime", at.toInstant().toEpochMilli());
        record(teamId, LEAD_ACTIVITY, "leadActivity", item, audience, at);
    }

    /** Pipeline Change (listId 12): the new stage and, as Leadline's addition, the old one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pipelineChange(long teamId, long leadId, EventAudience audience, @Nullable Long stageId, @Nullable String stage,
                               @Nullable Long oldStageId, @Nullable String oldStage, OffsetDateTime at) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("leadId", leadId);
        item.put("stageId", stageId);
        item.put("stage", stage);
        item.put("oldStageId", oldStageId);
        item.put("oldStage", oldStage);
        item.put("updateTime", at.toInstant().toEpochMilli());
        record(teamId, PIPELINE_CHANGE, "pipelineChange", item, audience, at);
    }

    /**
     * A sub-resource of a lead (notes: listId 9, transactions: 5, tasks: 10, appointments: 11):
     * {@code {"<name>Id", "leadId", "updateTime"}}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leadResource(long teamId, int listId, String bucket, String idField, long id, long leadId, EventAudience audience,
                             OffsetDateTime at) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(idField, id);
        item.put("leadId", leadId);
        item.put("updateTime", at.toInstant().toEpochMilli());
        record(teamId, listId, bucket, item, audience, at);
    }

    /**
     * A call, email or text (lists 6, 7, 8): {@code {"timelineId", "<kind>Id", "leadId", "updateTime"}} in the
     * createdCall, createdEmail or createdText bucket; both ids are the communication's, as Lofty's clients read either.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void communication(long teamId, int listId, String bucket, String idField, long id, long leadId, EventAudience audience,
                              OffsetDateTime at) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("timelineId", id);
        item.put(idField, id);
        item.put("leadId", leadId);
        item.put("updateTime", at.toInstant().toEpochMilli());
        record(teamId, listId, bucket, item, audience, at);
    }

    /** One item of {@link #leadResources}: the sub-resource, its lead, and who the lead belongs to. */
    public record LeadResource(long id, long leadId, EventAudience audience) {}

    /**
     * Many sub-resource items of one list and bucket at once (the reminder sweep fires hundreds together): the
     * listeners are looked up once and the event rows written in one batch.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void leadResources(long teamId, int listId, String bucket, String idField, List<LeadResource> resources, OffsetDateTime at) {
        List<Item> items = new ArrayList<>();
        for (LeadResource resource : resources) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(idField, resource.id());
            fields.put("leadId", resource.leadId());
            fields.put("updateTime", at.toInstant().toEpochMilli());
            items.add(new Item(fields, resource.audience()));
        }
        record(teamId, listId, bucket, items, at);
    }

    /**
     * Runs the work with no webhook event written for anything it changes, by any feature (an import asked to be quiet:
     * its leads, their notes, transactions and assignments go unannounced). Other threads' changes are announced as ever.
     */
    public <T> T unannounced(Supplier<T> work) {
        boolean outer = UNANNOUNCED.get();
        UNANNOUNCED.set(true);
        try {
            return work.get();
        } finally {
            UNANNOUNCED.set(outer);
        }
    }

    /** One event's body, and who its lead belongs to (null for an event about the team, for those who manage it). */
    private record Item(Map<String, Object> fields, @Nullable EventAudience audience) {}

    /**
     * An import job ended (list 101, bucket importFinished): one item with the job's id, state and counts, for
     * listeners who manage the team. A quiet import's end is announced: the job ends outside its quiet rows.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void importFinished(long teamId, Map<String, Object> summary, OffsetDateTime at) {
        record(teamId, LEADLINE_IMPORTS, "importFinished", List.of(new Item(summary, null)), at);
    }

    private static boolean managesTeam(Member member) {
        return member.deactivatedAt() == null && ("OWNER".equals(member.role()) || "ADMIN".equals(member.role()));
    }

    private void record(long teamId, int listId, String bucket, Map<String, Object> item, EventAudience audience, OffsetDateTime at) {
        record(teamId, listId, bucket, List.of(new Item(item, audience)), at);
    }

    /** The listeners are looked up once and every event row is written in one batch. */
    private void record(long teamId, int listId, String bucket, List<Item> items, OffsetDateTime at) {
        if (UNANNOUNCED.get()) {
            return;
        }
        List<Listeners.Listener> listening = listeners.of(teamId, listId, subscriptions::changesCounted,
                () -> subscriptions.listening(teamId, listId));
        if (listening.isEmpty() || items.isEmpty()) {
            return;
        }
        Map<Long, Member> members = accounts.findMembers(teamId, listening.stream().map(Listeners.Listener::userId).distinct().toList());
        List<EventRepository.NewEvent> rows = new ArrayList<>();
        for (Item item : items) {
            String itemJson = json.writeValueAsString(item.fields());
            for (Listeners.Listener listener : listening) {
                Member member = members.get(listener.userId());
                if (member != null && receives(teamId, listener, member, item.audience())) {
                    rows.add(new EventRepository.NewEvent(ids.nextId(), listener.subscriptionId(), bucket, itemJson, at));
                }
            }
        }
        if (!rows.isEmpty()) {
            events.insertAll(rows);
            dispatcher.wakeAfterCommit();
        }
    }


    private boolean receives(long teamId, Listeners.Listener listener, Member member, @Nullable EventAudience audience) {
        return audience == null ? managesTeam(member)
                : Recipients.receives(listener.permissionMode(), subscriber(teamId, member, audience), audience);
    }

    /** The office subtree is looked up only when an OFFICE lead needs it. */
    private Recipients.Subscriber subscriber(long teamId, Member member, EventAudience audience) {
        List<Long> offices = member.officeId() != null && "OFFICE".equals(audience.ownershipScope())
                ? accounts.officeSubtree(teamId, member.officeId())
                : List.of();
        return new Recipients.Subscriber(member.id(), member.role(), offices);
    }
}
