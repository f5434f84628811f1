package io.leadline.leads.assignment;

import io.leadline.accounts.AssignedLeadCounts;
import io.leadline.leads.resource.LeadRepository;
import io.leadline.teamfeatures.Stage;
import io.leadline.teamfeatures.TeamFeaturesService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Answers the accounts feature's lead counts for member records. */
@Component
class MemberLeadCounter implements AssignedLeadCounts {

    private final LeadRepository leads;
    private final TeamFeaturesService teamFeatures;

    MemberLeadCounter(LeadRepository leads, TeamFeaturesService teamFeatures) {
        this.leads = leads;
        this.teamFeatures = teamFeatures;
    }

    @Override
    public Map<Long, Counts> forMembers(long teamId, List<Long> userIds) {
        long firstStageId = teamFeatures.stages(teamId).stream().findFirst().map(Stage::id).orElse(-1L);
        return leads.assignedCounts(teamId, userIds, firstStageId).stream()
                .collect(Collectors.toMap(
                        LeadRepository.AssignedCount::userId, c -> new Counts(c.assigned(), c.inFirstStage())));
    }
}
