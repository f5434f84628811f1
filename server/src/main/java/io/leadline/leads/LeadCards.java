package io.leadline.leads;

import io.leadline.leads.assignment.LeadRoleRepository;
import io.leadline.leads.resource.LeadEvents;
import io.leadline.leads.resource.LeadListRepository;
import io.leadline.leads.resource.LeadRepository;
import io.leadline.leads.resource.LeadRow;
import io.leadline.routing.RoleCatalog;
import io.leadline.webhooks.EventAudience;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What features that hang work on a lead (tasks, appointments) read of it and keep on it: a card per lead for their
 * views, the holder of its Assistant role, and its next open task for the list's Task sort. Callers check visibility
 * through {@link LeadService#visibleLead} first; these reads are by team and id only.
 */
@Service
public class LeadCards {

    private static final int ASSISTANT_ROLE = RoleCatalog.named("Assistant").orElseThrow().id();

    private final LeadRepository leads;
    private final LeadListRepository lists;
    private final LeadRoleRepository roles;

    LeadCards(LeadRepository leads, LeadListRepository lists, LeadRoleRepository roles) {
        this.leads = leads;
        this.lists = lists;
        this.roles = roles;
    }

    /** A lead as a task shows it: names, first email and phone, stage, assignee. */
    public record LeadCard(
            long leadId,
            long leadUserId,
            String firstName,
            @Nullable String lastName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable Long stageId,
            @Nullable Long assignedUserId,
            EventAudience audience) {

        public String fullName() {
            return lastName == null ? firstName : firstName + " " + lastName;
        }
    }

    /** The team's leads with these ids (trashed ones too: their tasks stay readable to those who see them). */
    @Transactional(readOnly = true)
    public Map<Long, LeadCard> cards(long teamId, Collection<Long> leadIds) {
        List<Long> ids = leadIds.stream().distinct().toList();
        Map<Long, Map<String, List<String>>> itemsByLead = lists.lists(ids);
        Map<Long, LeadCard> cards = new HashMap<>();
        for (LeadRow row : leads.findAll(teamId, ids)) {
            Map<String, List<String>> own = itemsByLead.getOrDefault(row.id, Map.of());
            cards.put(row.id, new LeadCard(row.id, row.leadUserId, row.firstName, row.lastName,
                    first(own.get(LeadRepository.LIST_EMAIL)), first(own.get(LeadRepository.LIST_PHONE)), row.stageId,
                    row.assignedUserId, LeadEvents.audience(row)));
        }
        return cards;
    }

    /** How a lead may be reached: its emails and phones in order, and the flags that forbid reaching it. */
    public record Reach(
            List<String> emails,
            List<String> phones,
            boolean cannotEmail,
            boolean cannotText,
            boolean cannotCall,
            boolean unsubscribed,
            EventAudience audience) {}

    /** The team's lead, trashed or not (callers check visibility first). */
    @Transactional(readOnly = true)
    public Optional<Reach> reach(long teamId, long leadId) {
        Map<String, List<String>> items = lists.lists(List.of(leadId)).getOrDefault(leadId, Map.of());
        return leads.findAll(teamId, List.of(leadId)).stream().findFirst().map(row -> new Reach(
                items.getOrDefault(LeadRepository.LIST_EMAIL, List.of()), items.getOrDefault(LeadRepository.LIST_PHONE, List.of()),
                row.cannotEmail, row.cannotText, row.cannotCall, row.unsubscription, LeadEvents.audience(row)));
    }

    /**
     * The team's newest live lead with this phone, whoever may see it (an inbound text names no caller): the number's
     * digits, and without a leading country code 1 when it has eleven digits, as leads are often stored without it.
     */
    @Transactional(readOnly = true)
    public Optional<LeadCard> byPhone(long teamId, String phone) {
        String digits = io.leadline.search.SearchKeys.digits(phone);
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = digits.length() == 11 && digits.startsWith("1") ? List.of(digits, digits.substring(1)) : List.of(digits);
        return leads.findLiveByPhoneKeys(teamId, keys).map(row -> cards(teamId, List.of(row.id)).get(row.id));
    }

    /** The member holding the lead's Assistant role, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> assistantOf(long leadId) {
        return roles.holder(leadId, ASSISTANT_ROLE);
    }

    /** Locks the lead's row, so that the writes of one lead's tasks (and its next-task time) queue behind each other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long teamId, long leadId) {
        leads.lockRow(teamId, leadId);
    }

    /** Records the due time of the lead's next open task or appointment (null: none), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setNextTask(long teamId, long leadId, @Nullable OffsetDateTime at) {
        leads.setNextTask(teamId, leadId, at);
    }

    private static @Nullable String first(@Nullable List<String> values) {
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
