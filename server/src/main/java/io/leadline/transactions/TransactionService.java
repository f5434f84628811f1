package io.leadline.transactions;

import io.leadline.ids.IdGenerator;
import io.leadline.leads.LeadCreated;
import io.leadline.leads.LeadService;
import io.leadline.leads.LeadSummary;
import io.leadline.leads.LeadUpdated;
import io.leadline.web.ApiException;
import io.leadline.webhooks.EventAudience;
import io.leadline.webhooks.WebhookEvents;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The transactions door. Every transaction belongs to a lead and is as visible as that lead. */
@Service
public class TransactionService {

    static final int DETAILS_MAX = 100_000;

    private final TransactionRepository transactions;
    private final PropertyAddressRepository addresses;
    private final TransactionCustomFields customFields;
    private final LeadService leads;
    private final WebhookEvents webhooks;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final IdGenerator ids;
    private final JsonMapper json;
    private final Clock clock;

    TransactionService(
            TransactionRepository transactions, PropertyAddressRepository addresses, TransactionCustomFields customFields,
            LeadService leads, WebhookEvents webhooks, org.springframework.context.ApplicationEventPublisher events,
            IdGenerator ids, JsonMapper json, Clock clock) {
        this.transactions = transactions;
        this.addresses = addresses;
        this.customFields = customFields;
        this.leads = leads;
        this.webhooks = webhooks;
        this.events = events;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    /** {@code leadTransaction} on a lead create adds a transaction, in the lead's transaction. */
    @EventListener
    void addFromLeadCreate(LeadCreated created) {
        if (created.transaction() != null && !created.transaction().isNull()) {
            insert(created.teamId(), created.leadId(), fromLeadWrite(created.transaction()), "leadTransaction.", created.audience());
        }
    }

    /** On a lead update, {@code leadTransaction} with a transactionId updates that one; without, it adds one. */
    @EventListener
    void applyFromLeadUpdate(LeadUpdated updated) {
        if (updated.transaction() == null || updated.transaction().isNull()) {
            return;
        }
        LeadTransaction request = fromLeadWrite(updated.transaction());
        if (request.transactionId() != null && request.transactionId() > 0) {
            TransactionRepository.TransactionRow row = existing(updated.teamId(), updated.leadId(), request.transactionId());
            change(row, request, "leadTransaction.", updated.audience());
        } else {
            insert(updated.teamId(), updated.leadId(), request, "leadTransaction.", updated.audience());
        }
    }

    @Transactional
    LeadTransaction create(Caller caller, long leadId, LeadTransaction request) {
        LeadSummary lead = leads.visibleLead(caller, leadId);
        return response(insert(caller.teamId(), leadId, request, "", lead.audience()), lead);
    }

    @Transactional(readOnly = true)
    List<LeadTransaction> list(Caller caller, long leadId) {
        LeadSummary lead = leads.visibleLead(caller, leadId);
        return transactions.findForLead(caller.teamId(), leadId).stream().map(row -> response(row, lead)).toList();
    }

    @Transactional(readOnly = true)
    LeadTransaction get(Caller caller, long leadId, long transactionId) {
        LeadSummary lead = leads.visibleLead(caller, leadId);
        return response(existing(caller.teamId(), leadId, transactionId), lead);
    }

    /** Partial: only the fields sent change. */
    @Transactional
    LeadTransaction update(Caller caller, long leadId, long transactionId, LeadTransaction request) {
        LeadSummary lead = leads.visibleLead(caller, leadId);
        return response(change(existing(caller.teamId(), leadId, transactionId), request, "", lead.audience()), lead);
    }

    /**
     * Sets the transaction's property address, replacing any earlier one whole. The transaction must be this lead's;
     * its {@code updated} time moves and an updatedTransaction event goes out, as for any change of the transaction.
     */
    @Transactional
    void setPropertyAddress(Caller caller, long leadId, PropertyAddress request) {
        if (request.transactionId() == null) {
            throw ApiException.missingField("transactionId");
        }
        PropertyAddress address = TransactionRules.address(request);
        LeadSummary lead = leads.visibleLead(caller, leadId);
        TransactionRepository.TransactionRow row = transactions.lock(caller.teamId(), leadId, address.transactionId())
                .orElseThrow(() -> notOnLead(address.transactionId(), leadId));
        OffsetDateTime now = Times.now(clock);
        addresses.replace(caller.teamId(), leadId, address, now);
        transactions.touch(caller.teamId(), row.id(), now);
        webhooks.leadResource(caller.teamId(), WebhookEvents.TRANSACTION, "updatedTransaction", "transactionId", row.id(), leadId,
                lead.audience(), now);
    }

    @Transactional(readOnly = true)
    PropertyAddress propertyAddress(Caller caller, long leadId, long transactionId) {
        leads.visibleLead(caller, leadId);
        existing(caller.teamId(), leadId, transactionId);
        return addresses.find(caller.teamId(), transactionId).orElseThrow(() -> new ApiException(
                ErrorCode.RESOURCE_NOT_EXIST, "Transaction " + transactionId + " has no property address"));
    }

    private TransactionRepository.TransactionRow insert(
            long teamId, long leadId, LeadTransaction request, String prefix, EventAudience audience) {
        String name = TransactionRules.name(prefix + "transactionName", request.transactionName());
        String type = TransactionRules.type(request.transactionType());
        String status = TransactionRules.statusOnCreate(type, request.transactionStatus());
        TransactionRules.amounts(prefix, request);
        LeadTransaction checked = request.withCustomFields(customFields.checked(teamId, prefix, request.customFields()));
        OffsetDateTime now = Times.now(clock);
        TransactionRepository.TransactionRow row = new TransactionRepository.TransactionRow(
                ids.nextId(), teamId, leadId, name, type, status, details(checked.withState(name, type, status)), now, now);
        transactions.insert(row);
        webhooks.leadResource(teamId, WebhookEvents.TRANSACTION, "newTransaction", "transactionId", row.id(), leadId, audience, now);
        events.publishEvent(new TransactionChanged(teamId, row.id(), leadId, Caller.currentUserId(), true, name, status, now));
        return row;
    }

    private TransactionRepository.TransactionRow change(
            TransactionRepository.TransactionRow row, LeadTransaction request, String prefix, EventAudience audience) {
        LeadTransaction merged = stored(row).mergedWith(request.customFields() == null
                ? request
                : request.withCustomFields(customFields.checked(row.teamId(), prefix, request.customFields())));
        String name = request.transactionName() == null
                ? row.name()
                : TransactionRules.name(prefix + "transactionName", request.transactionName());
        String type = request.transactionType() == null ? row.type() : TransactionRules.type(request.transactionType());
        String status = TransactionRules.statusOnUpdate(
                prefix + "transactionStatus", type, request.transactionStatus(), row.status());
        TransactionRules.amounts(prefix, merged);
        TransactionRepository.TransactionRow changed = new TransactionRepository.TransactionRow(
                row.id(), row.teamId(), row.leadId(), name, type, status, details(merged.withState(name, type, status)),
                row.createdAt(), Times.now(clock));
        transactions.update(changed);
        webhooks.leadResource(row.teamId(), WebhookEvents.TRANSACTION, "updatedTransaction", "transactionId", row.id(), row.leadId(),
                audience, changed.updatedAt());
        events.publishEvent(new TransactionChanged(row.teamId(), row.id(), row.leadId(), Caller.currentUserId(), false, name, status,
                changed.updatedAt()));
        return changed;
    }

    private TransactionRepository.TransactionRow existing(long teamId, long leadId, long transactionId) {
        return transactions.find(teamId, leadId, transactionId).orElseThrow(() -> notOnLead(transactionId, leadId));
    }

    private static ApiException notOnLead(long transactionId, long leadId) {
        return new ApiException(ErrorCode.TRANSACTION_NOT_EXIST, "Transaction " + transactionId + " does not exist on lead " + leadId);
    }

    private LeadTransaction fromLeadWrite(JsonNode node) {
        if (!node.isObject()) {
            throw ApiException.invalidField("leadTransaction", "must be an object");
        }
        try {
            return json.treeToValue(node, LeadTransaction.class);
        } catch (JacksonException e) {
            throw ApiException.invalidField("leadTransaction", "has a field of the wrong type: " + e.getOriginalMessage());
        }
    }

    private String details(LeadTransaction transaction) {
        String text = json.writeValueAsString(transaction);
        if (text.length() > DETAILS_MAX) {
            throw ApiException.invalidField("transaction", "is too large (at most " + DETAILS_MAX + " characters of JSON)");
        }
        return text;
    }

    private LeadTransaction stored(TransactionRepository.TransactionRow row) {
        return json.readValue(row.details(), LeadTransaction.class);
    }

    private LeadTransaction response(TransactionRepository.TransactionRow row, LeadSummary lead) {
        return response(row, lead.fullName(), lead.assignedUserId());
    }

    LeadTransaction response(TransactionRepository.TransactionRow row, String leadName, @Nullable Long assignedUserId) {
        return stored(row).withIdentity(
                row.id(), row.createdAt().toInstant().toEpochMilli(), row.updatedAt().toInstant().toEpochMilli(),
                leadName, assignedUserId);
    }
}
