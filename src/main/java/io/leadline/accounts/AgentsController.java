package io.leadline.accounts;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's agent lifecycle: deactivate and reactivate a member of the team. */
@RestController
@Tag(name = "Members")
class AgentsController {

    private final AccountsService accounts;

    AgentsController(AccountsService accounts) {
        this.accounts = accounts;
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
        accounts.setActive(caller, agentId, false);
        return ApiCommonResponse.success();
    }

    @Operation(summary = "Reactivate a deactivated member: their keys work again and routing includes them")
    @PostMapping("/v2.0/agents/{agentId}/reactivate")
    ApiCommonResponse reactivate(Caller caller, @PathVariable long agentId) {
        accounts.setActive(caller, agentId, true);
        return ApiCommonResponse.success();
    }
}
