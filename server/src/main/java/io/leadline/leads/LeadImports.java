package io.leadline.leads;

import io.leadline.leads.resource.CreateLeadRequest;
import io.leadline.leads.resource.LeadRepository;
import io.leadline.leads.resource.UpdateLeadRequest;
import io.leadline.search.SearchKeys;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.webhooks.WebhookEvents;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Leads written by an import job rather than a request: each payload read by the API's own JSON rules into the API's
 * own create or update, so every field rule and message is the API's, with what a job decides beside it — the created
 * time kept, routing on or off, webhooks on or off, and the job named in the system log.
 */
@Service
public class LeadImports {

    private final LeadService leads;
    private final LeadRepository rows;
    private final WebhookEvents webhooks;
    private final JsonMapper json;

    LeadImports(LeadService leads, LeadRepository rows, WebhookEvents webhooks, JsonMapper json) {
        this.leads = leads;
        this.rows = rows;
        this.webhooks = webhooks;
        this.json = json;
    }

    /**
     * How a job makes its leads: {@code createdAt} null is now; {@code announced} false writes no webhook event for
     * anything the write changes; {@code via} names the job in the system log.
     */
    public record Made(@Nullable OffsetDateTime createdAt, boolean routed, boolean announced, String via) {}

    /** As {@code POST /v1.0/leads} with this body would create it. */
    @Transactional
    public long create(Caller caller, JsonNode payload, Made made) {
        CreateLeadRequest request = read(payload, CreateLeadRequest.class);
        return announcedAsMade(made, () -> leads.create(caller, request, made));
    }

    /**
     * The lead's mapped fields replaced, as {@code PUT /v1.0/leads/{id}} with this body would; tags are added to the
     * lead's, not put in their place.
     */
    @Transactional
    public void update(Caller caller, long leadId, JsonNode payload, Made made) {
        ObjectNode changes = ((ObjectNode) payload).deepCopy();
        JsonNode tags = changes.remove("tags");
        if (tags != null) {
            changes.set("tagsAdd", tags);
        }
        changes.remove("content");
        UpdateLeadRequest request = read(changes, UpdateLeadRequest.class);
        announcedAsMade(made, () -> leads.update(caller, leadId, request, made));
    }

    private <T> T announcedAsMade(Made made, java.util.function.Supplier<T> write) {
        return made.announced() ? write.get() : webhooks.unannounced(write);
    }

    /**
     * For each of these match keys ({@link #matchKeys}), the team's oldest live lead with it: a batch of rows looked up
     * in four statements rather than a few per row.
     */
    @Transactional(readOnly = true)
    public Map<String, MatchedLead> oldestLiveWithMatchKeys(long teamId, Collection<String> matchKeys) {
        Map<String, MatchedLead> found = new HashMap<>();
        for (String list : List.of("email", "phone")) {
            String prefix = list + ":";
            List<String> keys = matchKeys.stream().filter(key -> key.startsWith(prefix)).map(key -> key.substring(prefix.length()))
                    .distinct().toList();
            if (!keys.isEmpty()) {
                rows.oldestLiveWithKeys(teamId, list, keys).forEach((key, lead) -> found.put(prefix + key, lead));
            }
        }
        return found;
    }

    /** The keys a duplicate is matched by ("email:…", "phone:…"), for matching rows of one file among themselves. */
    public static List<String> matchKeys(List<String> emails, List<String> phones) {
        List<String> keys = new java.util.ArrayList<>();
        keys("email", emails).forEach(key -> keys.add("email:" + key));
        keys("phone", phones).forEach(key -> keys.add("phone:" + key));
        return keys;
    }

    private static List<String> keys(String list, List<String> values) {
        return values.stream().map(value -> SearchKeys.of(list, value)).filter(key -> !key.isEmpty()).distinct().toList();
    }

    private <T> T read(JsonNode payload, Class<T> type) {
        try {
            return json.treeToValue(payload, type);
        } catch (JacksonException unreadable) {
            throw ApiException.invalidField("row", "is not a lead: " + unreadable.getOriginalMessage());
        } catch (IllegalArgumentException unreadable) {
            throw ApiException.invalidField("row", "is not a lead: " + unreadable.getMessage());
        }
    }
}
