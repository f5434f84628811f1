package io.leadline.console;

import io.leadline.accounts.MemberActivation;
import io.leadline.accounts.signin.SignedInMember;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A deactivated member's console sessions are deleted in the transaction that deactivates them, on every node at
 * once (they are rows); {@link SignedInCaller} would refuse them at their next request anyway. Only where there are
 * sessions: not in the offline administration command, which deactivates nobody.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EndedMemberSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    EndedMemberSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(MemberActivation change) {
        if (!change.active()) {
            sessions.findByPrincipalName(SignedInMember.principalName(change.teamId(), change.userId()))
                    .keySet().forEach(sessions::deleteById);
        }
    }
}
