package io.leadline.accounts.directory;

import io.leadline.accounts.administration.TeamAdministration;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's agent lifecycle: create a member from a profile, tag them, deactivate and reactivate them. */
@RestController
@Tag(name = "Members")
class AgentsController {

    private final TeamAdministration administration;
    private final AgentProfiles agentProfiles;

    AgentsController(TeamAdministration administration, AgentProfiles agentProfiles) {
        this.administration = administration;
        this.agentProfiles = agentProfiles;
    }

    /** Lofty's {@code AddAgentResponse} and {@code AddAgentTagResponse}: errorCode 0 is success. */
    record Result<T>(T data, int errorCode, @Nullable String errorMsg) {
        static <T> Result<T> success(T data) {
            return new Result<>(data, 0, null);
        }
    }

    @Operation(summary = "Create a member from an agent profile (owners and admins, a role below their own); answers the user id")
    @PostMapping("/v1.0/agent/profile/add")
    Result<Long> addAgent(Caller caller, @RequestBody AgentProfileRequest request) {
        return Result.success(agentProfiles.add(caller, request));
    }

    record AgentTagRequest(@Nullable List<String> tagNames, @Nullable Boolean autoCreate) {}

    @Operation(summary = "Tag a member (1-20 names); autoCreate adds names the team does not have yet")
    @PostMapping("/v1.0/agent/{agentId}/tag/add")
    Result<Boolean> addTags(Caller caller, @PathVariable long agentId, @RequestBody AgentTagRequest request) {
        agentProfiles.addTags(caller, agentId, request.tagNames(), Boolean.TRUE.equals(request.autoCreate()));
        return Result.success(true);
    }

    /** Lofty's {@code ApiCommonResponse}: code 0 is success. */
    record ApiCommonResponse(int code, String message, Map<String, Object> data) {
        static ApiCommonResponse success() {
            return new ApiCommonResponse(0, "success", Map.of());
        }
    }

    @Operation(summary = "Deactivate a member: their keys stop working, routing skips them, their leads stay theirs")
    @PostMapping("/v2.0/agents/{agentId}/deactivate")
    ApiCommonResponse deactivate(Caller caller, @PathVariable long agentId) {
        administration.setActive(caller, agentId, false);
        return ApiCommonResponse.success();
    }

    @Operation(summary = "Reactivate a deactivated member: their keys work again and routing includes them")
    @PostMapping("/v2.0/agents/{agentId}/reactivate")
    ApiCommonResponse reactivate(Caller caller, @PathVariable long agentId) {
        administration.setActive(caller, agentId, true);
        return ApiCommonResponse.success();
    }
}
