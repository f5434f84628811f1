package io.leadline.leads;

import io.leadline.leads.resource.FieldChoices;
import io.leadline.leads.resource.UpdateLeadRequest;
import io.leadline.teamfeatures.Stage;
import io.leadline.teamfeatures.TeamFeaturesService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.util.List;
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
    private final TeamFeaturesService teamFeatures;
    private final JsonMapper json;

    LeadEdits(LeadService leads, TeamFeaturesService teamFeatures, JsonMapper json) {
        this.leads = leads;
        this.teamFeatures = teamFeatures;
        this.json = json;
    }

    /** A custom field of the team as a form offers it: its options when it takes one (or several) of a list. */
    public record CustomFieldChoice(String name, String type, List<String> options) {

        public boolean several() {
            return type.equals("multi_select");
        }
    }

    /** What the team's lead fields may be set to: its stages, the documented value lists, its custom fields. */
    public record Choices(List<String> stages, List<String> timeFrames, List<String> yesNo, List<String> languages,
            List<CustomFieldChoice> customFields) {}

    public Choices choices(Caller caller) {
        return new Choices(teamFeatures.stages(caller.teamId()).stream().map(Stage::name).toList(),
                FieldChoices.timeFrames(), FieldChoices.yesNo(), FieldChoices.languages(),
                teamFeatures.customFields(caller.teamId()).stream()
                        .map(field -> new CustomFieldChoice(field.name(), field.type(), field.options())).toList());
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
