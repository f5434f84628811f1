package io.leadline.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsTests {

    private static final Recipients.Subscriber ASSIGNEE = new Recipients.Subscriber(1, "AGENT", List.of());
    private static final Recipients.Subscriber OWNER = new Recipients.Subscriber(2, "OWNER", List.of());
    private static final Recipients.Subscriber AGENT_IN_OFFICE = new Recipients.Subscriber(3, "AGENT", List.of(50L, 51L));
    private static final Recipients.Subscriber OTHER_AGENT = new Recipients.Subscriber(4, "AGENT", List.of());

    @Test
    void assignmentModeReachesTheAssigneeAndTheTeamsManagers() {
        EventAudience lead = new EventAudience(1L, false, "TEAM", null);
        assertThat(Recipients.receives(0, ASSIGNEE, lead)).isTrue();
        assertThat(Recipients.receives(0, OWNER, lead)).isTrue();
        assertThat(Recipients.receives(0, OTHER_AGENT, lead)).isFalse();
    }

    @Test
    void hiddenLeadsReachOnlyTheirAssigneeInEitherMode() {
        EventAudience hidden = new EventAudience(1L, true, "TEAM", null);
        for (int mode : new int[] {0, 1}) {
            assertThat(Recipients.receives(mode, ASSIGNEE, hidden)).isTrue();
            assertThat(Recipients.receives(mode, OWNER, hidden)).isFalse();
            assertThat(Recipients.receives(mode, OTHER_AGENT, hidden)).isFalse();
        }
    }

    @Test
    void ownershipModeAddsLeadsInTheSubscribersScope() {
        assertThat(Recipients.receives(1, OTHER_AGENT, new EventAudience(1L, false, "TEAM", null))).isTrue();
        assertThat(Recipients.receives(1, AGENT_IN_OFFICE, new EventAudience(1L, false, "OFFICE", 51L))).isTrue();
        assertThat(Recipients.receives(1, AGENT_IN_OFFICE, new EventAudience(1L, false, "OFFICE", 60L))).isFalse();
        assertThat(Recipients.receives(1, OTHER_AGENT, new EventAudience(1L, false, "PERSONAL", 4L))).isTrue();
        assertThat(Recipients.receives(1, OTHER_AGENT, new EventAudience(1L, false, "PERSONAL", 9L))).isFalse();
        assertThat(Recipients.receives(0, OTHER_AGENT, new EventAudience(1L, false, "PERSONAL", 4L))).isFalse();
    }
}
