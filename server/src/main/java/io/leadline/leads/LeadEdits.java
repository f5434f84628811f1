package io.leadline.leads;

import io.leadline.leads.resource.UpdateLeadRequest;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lead's partial update given as the body of {@code PUT /v1.0/leads/{id}} would be, for callers that are not the
 * API (the console's forms): read by the same JSON rules into the same request, so every field rule and message is
 * the API's.
 */
@Service
public class LeadEdits {

    private final LeadService leads;
    private final JsonMapper json;

    LeadEdits(LeadService leads, JsonMapper json) {
        this.leads = leads;
        this.json = json;
    }

    public long update(Caller caller, long leadId, Map<String, ?> apiBody) {
        UpdateLeadRequest request;
        try {
            request = json.convertValue(apiBody, UpdateLeadRequest.class);
        } catch (IllegalArgumentException | JacksonException unreadable) {
            throw ApiException.invalidField("lead", "changes are not a lead update: " + unreadable.getMessage());
        }
        return leads.update(caller, leadId, request);
    }
}
