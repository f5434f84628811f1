package io.leadline.communications;

import io.leadline.web.Times;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued emails and texts, on every node. A batch is claimed in a short transaction (row locks other nodes
 * skip, then a lease), handed to its carrier outside any transaction, one virtual thread per message, and each
 * outcome written only while the lease is still this node's: sent, tried again later (doubling from
 * {@code first-retry} up to {@code max-retry}), or failed for good after {@code attempts} tries. A node that dies
 * mid-send leaves its lease to run out; another node then sends the message.
 */
@Component
class MessageDispatcher {

    static final int BATCH = 50;
    /** Messages a carrier may send together (over one SMTP connection); the groups of a batch go in parallel. */
    static final int PER_CONNECTION = 5;
    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

    private final CommunicationRepository communications;
    private final MailSettingsRepository mailSettings;
    private final Carriers carriers;
    private final MessagingProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("message-dispatcher").factory());
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    MessageDispatcher(CommunicationRepository communications, MailSettingsRepository mailSettings, Carriers carriers,
            MessagingProperties properties, TransactionTemplate transactions, Clock clock, MeterRegistry metrics) {
        this.communications = communications;
        this.mailSettings = mailSettings;
        this.carriers = carriers;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelayString = "${leadline.messages.poll-interval}")
    void poll() {
        wake();
    }

    /** Drains the outbox soon, on the dispatcher's own thread (never on the caller's or the scheduler's). */
    void wake() {
        if (properties.dispatch() && !worker.isShutdown()) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        if (!draining.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (deliverBatch() == BATCH) {
                    // a full batch: there may be more due
                }
            } while (again.get());
        } catch (RuntimeException e) {
            log.warn("Message delivery stopped for now: {}", e.getMessage());
        } finally {
            draining.set(false);
        }
    }

    /** One batch: claimed, sent in parallel, outcomes recorded; answers how many were claimed. */
    int deliverBatch() {
        String token = UUID.randomUUID().toString();
        OffsetDateTime now = Times.now(clock);
        List<CommunicationRepository.Claimed> claimed = transactions.execute(status ->
                communications.claimDue(now, now.plus(properties.lease()), token, BATCH));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        List<Callable<Void>> sends = new ArrayList<>();
        for (int from = 0; from < claimed.size(); from += PER_CONNECTION) {
            List<CommunicationRepository.Claimed> group = claimed.subList(from, Math.min(claimed.size(), from + PER_CONNECTION));
            sends.add(() -> {
                deliver(group, token);
                return null;
            });
        }
        try {
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
    private void deliver(List<CommunicationRepository.Claimed> group, String token) {
        java.util.Map<Long, MailSettingsRepository.TeamMail> teamMail = mailSettings.findAll(group.stream()
                .filter(c -> c.message().channel() == Channel.EMAIL).map(c -> c.message().teamId()).distinct().toList());
        java.util.Map<String, List<CommunicationRepository.Claimed>> byCarrier = new java.util.LinkedHashMap<>();
        for (CommunicationRepository.Claimed c : group) {
            MailSettingsRepository.TeamMail own = teamMail.get(c.message().teamId());
            String key = c.message().channel() + "/" + c.message().provider()
                    + (own != null && own.host() != null && c.message().channel() == Channel.EMAIL ? "/team" + own.teamId() : "");
            byCarrier.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<CommunicationRepository.Outcome> recorded = new ArrayList<>();
        List<String> channels = new ArrayList<>();
        for (List<CommunicationRepository.Claimed> sameCarrier : byCarrier.values()) {
            List<Communication> same = sameCarrier.stream().map(CommunicationRepository.Claimed::message).toList();
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
        communications.finish(token, recorded);
        for (int i = 0; i < recorded.size(); i++) {
            metrics.counter("leadline.messages.deliveries", "channel", channels.get(i),
                    "outcome", recorded.get(i).status().toLowerCase(java.util.Locale.ROOT)).increment();
        }
    }

    private CommunicationRepository.Outcome outcome(CommunicationRepository.Claimed claimed, Carrier.Delivery delivery) {
        OffsetDateTime now = Times.now(clock);
        long id = claimed.message().id();
        return switch (delivery.outcome()) {
            case SENT -> new CommunicationRepository.Outcome(id, "Sent", null, delivery.providerId(), null, now);
            case FAILED -> new CommunicationRepository.Outcome(id, "Failed", null, null, delivery.error(), null);
            case RETRY -> claimed.attempts() >= properties.attempts()
                    ? new CommunicationRepository.Outcome(id, "Failed", null, null,
                            "gave up after " + claimed.attempts() + " attempts: " + delivery.error(), null)
                    : new CommunicationRepository.Outcome(id, "Queued", now.plus(backoff(claimed.attempts())), null, delivery.error(), null);
        };
    }

    /** first-retry, doubled for each attempt already made, at most max-retry. */
    Duration backoff(int attempts) {
        Duration wait = properties.firstRetry();
        for (int i = 1; i < attempts && wait.compareTo(properties.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : wait;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        senders.shutdownNow();
    }
}
