package io.leadline.communications.delivery;

import io.leadline.communications.Channel;
import io.leadline.communications.records.Communication;
import io.leadline.database.NodeNotifications;
import io.leadline.outbound.Lease;
import io.leadline.outbound.OutboundChannel;
import io.leadline.outbound.RetryPolicy;
import io.leadline.web.Times;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued emails and texts on every node, on the outbound kernel ({@link OutboundChannel}). A batch is claimed
 * in a short transaction (row locks other nodes skip, then a lease), handed to its carrier outside any transaction,
 * one virtual thread per group of messages, and each outcome written only while the lease is still this node's: sent,
 * tried again later ({@link MessagingProperties#retries()}), or failed for good. A node that dies mid-send leaves its
 * lease to run out; another node then sends the message.
 */
@Component
public class MessageDispatcher extends OutboundChannel {

    static final int BATCH = 50;
    /** Messages a carrier may send together (over one SMTP connection); the groups of a batch go in parallel. */
    static final int PER_CONNECTION = 5;
    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

    private final MessageOutbox outbox;
    private final MailSettingsRepository mailSettings;
    private final Carriers carriers;
    private final MessagingProperties properties;
    private final RetryPolicy retries;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MeterRegistry metrics;

    MessageDispatcher(MessageOutbox outbox, MailSettingsRepository mailSettings, Carriers carriers,
            MessagingProperties properties, TransactionTemplate transactions, Clock clock, MeterRegistry metrics,
            NodeNotifications notifications) {
        super(new Settings("message", properties.dispatch(), properties.dispatchers(), properties.pollInterval(),
                properties.smtp().timeout().plusSeconds(1)), clock, notifications);
        this.outbox = outbox;
        this.mailSettings = mailSettings;
        this.carriers = carriers;
        this.properties = properties;
        this.retries = properties.retries();
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A full batch: more may be due. */
    @Override
    protected boolean deliverSome() {
        return deliverBatch() == BATCH;
    }

    @Override
    protected void forgetLeases() {
        outbox.forgetLeases();
    }

    /** One batch: claimed, sent in parallel, outcomes recorded; answers how many were claimed. */
    public int deliverBatch() {
        OffsetDateTime now = Times.now(clock);
        Lease lease = Lease.from(now, properties.lease());
        List<MessageOutbox.Claimed> claimed = transactions.execute(status ->
                outbox.claimDue(now, lease.until(), lease.token(), BATCH));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        List<Callable<Void>> sends = new ArrayList<>();
        for (int from = 0; from < claimed.size(); from += PER_CONNECTION) {
            List<MessageOutbox.Claimed> group = claimed.subList(from, Math.min(claimed.size(), from + PER_CONNECTION));
            sends.add(() -> {
                deliver(group, lease);
                return null;
            });
        }
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Void> sent : senders.invokeAll(sends)) {
                sent.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("A message delivery failed unexpectedly: {}", e.getCause().toString());
        }
        return claimed.size();
    }

    /**
     * A group of messages, split by the carrier that takes each: the channel's, or for an email of a team with its own
     * SMTP server, that server (when the server sends email over SMTP).
     */
    private void deliver(List<MessageOutbox.Claimed> group, Lease lease) {
        java.util.Map<Long, MailSettingsRepository.TeamMail> teamMail = mailSettings.findAll(group.stream()
                .filter(c -> c.message().channel() == Channel.EMAIL).map(c -> c.message().teamId()).distinct().toList());
        java.util.Map<String, List<MessageOutbox.Claimed>> byCarrier = new java.util.LinkedHashMap<>();
        for (MessageOutbox.Claimed c : group) {
            MailSettingsRepository.TeamMail own = teamMail.get(c.message().teamId());
            String key = c.message().channel() + "/" + c.message().provider()
                    + (own != null && own.host() != null && c.message().channel() == Channel.EMAIL ? "/team" + own.teamId() : "");
            byCarrier.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<MessageOutbox.Outcome> recorded = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        for (List<MessageOutbox.Claimed> sameCarrier : byCarrier.values()) {
            List<Communication> same = sameCarrier.stream().map(MessageOutbox.Claimed::message).toList();
            Communication first = same.getFirst();
            MailSettingsRepository.TeamMail own = first.channel() == Channel.EMAIL ? teamMail.get(first.teamId()) : null;
            List<Carrier.Delivery> outcomes;
            try {
                outcomes = carriers.named(first.provider(), first.channel(), own)
                        .map(carrier -> carrier.deliverAll(same.stream().map(m -> new Carrier.Outbound(m.id(), m.channel(),
                                String.valueOf(m.leadAddress()), m.subject(), String.valueOf(m.body()),
                                own == null ? null : own.from(), own == null ? null : own.fromName())).toList()))
                        .orElseGet(() -> same.stream().map(m -> Carrier.Delivery.retry("this server has no " + m.provider()
                                + " carrier for " + m.channel().name().toLowerCase(java.util.Locale.ROOT) + " now")).toList());
            } catch (RuntimeException e) {
                outcomes = same.stream().map(m -> Carrier.Delivery.retry(e.toString())).toList();
            }
            for (int i = 0; i < same.size(); i++) {
                recorded.add(outcome(sameCarrier.get(i), outcomes.get(i)));
                channels.add(same.get(i).channel().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        recordWhileLeased(() -> outbox.finish(lease.token(), recorded), lease);
        for (int i = 0; i < recorded.size(); i++) {
            metrics.counter("leadline.messages.deliveries", "channel", channels.get(i),
                    "outcome", recorded.get(i).status().toLowerCase(java.util.Locale.ROOT)).increment();
        }
    }

    private MessageOutbox.Outcome outcome(MessageOutbox.Claimed claimed, Carrier.Delivery delivery) {
        OffsetDateTime now = Times.now(clock);
        long id = claimed.message().id();
        return switch (delivery.outcome()) {
            case SENT -> new MessageOutbox.Outcome(id, "Sent", null, delivery.providerId(), null, now);
            case FAILED -> new MessageOutbox.Outcome(id, "Failed", null, null, delivery.error(), null);
            case RETRY -> {
                Optional<OffsetDateTime> next = retries.nextTry(claimed.attempts(), claimed.message().occurredAt(), now, 0);
                next.ifPresent(this::retryAt);
                yield next.map(at -> new MessageOutbox.Outcome(id, "Queued", at, null, delivery.error(), null))
                        .orElseGet(() -> new MessageOutbox.Outcome(id, "Failed", null, null,
                                "gave up after " + claimed.attempts() + " attempts: " + delivery.error(), null));
            }
        };
    }
}
