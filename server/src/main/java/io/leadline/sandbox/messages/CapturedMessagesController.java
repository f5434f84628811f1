package io.leadline.sandbox.messages;

import io.leadline.communications.CapturedMessages;
import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Emails and texts the capture carrier "sent", of every team, and a lead's text reply simulated. */
@RestController
@Sandboxed
@Tag(name = "Leadline sandbox")
@RequestMapping(SandboxAccess.PREFIX + "/messages")
class CapturedMessagesController {

    static final int MAX_LIMIT = 1000;

    private final CapturedMessages messages;

    CapturedMessagesController(CapturedMessages messages) {
        this.messages = messages;
    }

    record MessageView(long messageId, long teamId, long leadId, String channel, @Nullable String to, @Nullable String from,
            @Nullable String subject, @Nullable String body, @Nullable String status, @Nullable String sentTime,
            String createTime) {}

    record MessageList(List<MessageView> messages) {}

    record Reply(@Nullable Long teamId, @Nullable String from, @Nullable String to, @Nullable String body) {}

    record Replied(boolean accepted) {}

    @Operation(summary = "Emails and texts the capture carrier sent, newest first; filters: team, lead, recipient, limit (sandbox)")
    @GetMapping
    MessageList list(Caller caller, @RequestParam(required = false) @Nullable Long team,
            @RequestParam(required = false) @Nullable Long lead, @RequestParam(required = false) @Nullable String recipient,
            @RequestParam(defaultValue = "100") int limit) {
        SandboxAccess.requireAdministrator(caller);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalidField("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return new MessageList(messages.list(team, lead, recipient == null || recipient.isBlank() ? null : recipient.trim(), limit)
                .stream()
                .map(m -> new MessageView(m.messageId(), m.teamId(), m.leadId(), m.channel().name(), m.to(), m.from(),
                        m.subject(), m.body(), m.status(), Times.iso(m.sentAt()), Times.iso(m.createdAt())))
                .toList());
    }

    @Operation(summary = "A lead's text reply, taken in as the SMS provider's verified callback is: {teamId, from, to, body} (sandbox)")
    @PostMapping("/inbound")
    @ResponseStatus(HttpStatus.CREATED)
    Replied inbound(Caller caller, @RequestBody Reply reply) {
        SandboxAccess.requireAdministrator(caller);
        if (reply.teamId() == null) {
            throw ApiException.missingField("teamId");
        }
        if (reply.from() == null || reply.from().isBlank()) {
            throw ApiException.missingField("from");
        }
        if (reply.body() == null) {
            throw ApiException.missingField("body");
        }
        if (!messages.reply(reply.teamId(), reply.from().trim(), reply.to(), reply.body())) {
            throw new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No lead of team " + reply.teamId() + " has the number " + reply.from());
        }
        return new Replied(true);
    }
}
