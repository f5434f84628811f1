package io.leadline.teamfeatures;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.JsonText;
import io.leadline.web.ListMetadata;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Team features")
class TeamFeaturesController {

    private final TeamFeaturesService teamFeatures;

    TeamFeaturesController(TeamFeaturesService teamFeatures) {
        this.teamFeatures = teamFeatures;
    }

    record Pipeline(long id, String name) {}

    record PipelinesResponse(@JsonProperty("_metadata") ListMetadata metadata, List<Pipeline> pipelines) {}

    @Operation(summary = "Pipeline stages, paged with currPage/pageSize; name filters by substring")
    @GetMapping("/v1.0/teamFeatures/lead-pipelines")
    PipelinesResponse pipelines(
            Caller caller,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(defaultValue = "0") int currPage,
            @RequestParam(defaultValue = "10") int pageSize) {
        if (currPage < 0) {
            throw ApiException.invalidField("currPage", "must be 0 or more");
        }
        PageSize.field("pageSize", pageSize, 100);
        TeamFeaturesService.PipelinePage page = teamFeatures.pipelines(caller, name, currPage, pageSize);
        return new PipelinesResponse(
                new ListMetadata("pipelines", pageSize, (long) currPage * pageSize, page.total(), null),
                page.stages().stream().map(s -> new Pipeline(s.id(), s.name())).toList());
    }

    record AddStageRequest(@Nullable String name) {}

    /** Leadline extension: Lofty edits stages only in its UI. */
    @Operation(summary = "Leadline: add a pipeline stage")
    @PostMapping("/leadline/v1/pipelines")
    @ResponseStatus(HttpStatus.CREATED)
    Pipeline addStage(Caller caller, @RequestBody AddStageRequest request) {
        Stage stage = teamFeatures.addStage(caller, request.name());
        return new Pipeline(stage.id(), stage.name());
    }

    record CustomFieldDefinition(String attributeName, String attributeType, @Nullable String value, @Nullable String params) {}

    @Operation(summary = "Custom field definitions")
    @GetMapping("/v1.0/teamFeatures/listCustomField")
    List<CustomFieldDefinition> customFields(Caller caller) {
        return teamFeatures.customFields(caller.teamId()).stream()
                .map(f -> new CustomFieldDefinition(f.name(), f.type(), null, f.params()))
                .toList();
    }

    record AddCustomFieldRequest(
            @Nullable String attributeName, @Nullable String attributeType, @Nullable JsonNode value, @Nullable JsonNode params) {}

    /** Lofty answers a plain-text {@code success}. */
    @Operation(summary = "Define a custom field; answers the text success")
    @PostMapping("/v1.0/teamFeatures/custom-field")
    ResponseEntity<String> addCustomField(Caller caller, @RequestBody AddCustomFieldRequest request) {
        teamFeatures.addCustomField(caller, request.attributeName(), request.attributeType(), request.params());
        return JsonText.ok("success");
    }

    record TagDefinition(
            long leadId, long tagId, String createTime, String updateTime, String tagName, long creatorUserId, int visibleType) {}

    /** Team-wide tag definitions; leadId is 0 on a definition, as Lofty shows. */
    @Operation(summary = "The team's tag catalogue")
    @GetMapping("/v1.0/teamFeatures/listTag")
    List<TagDefinition> tags(Caller caller) {
        return teamFeatures.allTags(caller).stream()
                .map(t -> new TagDefinition(
                        0, t.id(), Times.iso(t.createdAt()), Times.iso(t.createdAt()), t.name(), t.creatorUserId(), 0))
                .toList();
    }
}
