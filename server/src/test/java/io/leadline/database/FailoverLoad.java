package io.leadline.database;

import static io.leadline.testing.TestLeads.aLead;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The failover benchmark's writers: each creates a lead (with an email address) after another on its node, and
 * every fifth lead is sent an email with a subject of its own. What each answer was, when every acknowledged write
 * finished, and which leads and emails were acknowledged.
 */
final class FailoverLoad {

    private final List<ApiClient> nodes;
    private final int writers;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private final Set<Long> leads = ConcurrentHashMap.newKeySet();
    private final Set<String> emails = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Long> acknowledgedAt = new ConcurrentLinkedQueue<>();
    private final AtomicLong lastAcknowledgedStart = new AtomicLong();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final AtomicLong slowest503 = new AtomicLong();
    private final ConcurrentLinkedQueue<String> otherFailures = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();

    FailoverLoad(List<ApiClient> nodes, int writers) {
        this.nodes = nodes;
        this.writers = writers;
    }

    void start() {
        running = true;
        for (int i = 0; i < writers; i++) {
            ApiClient node = nodes.get(i % nodes.size());
            threads.add(Thread.ofPlatform().name("failover-writer-" + i).start(() -> write(node)));
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void write(ApiClient node) {
        while (running) {
            long n = sequence.incrementAndGet();
            long started = System.nanoTime();
            ApiResponse created = timed(() -> node.post("/v1.0/leads",
                    aLead().with("emails", List.of("failover" + n + "@bench.example")).build()));
            if (created != null && created.status() == 200) {
                leads.add(created.leadId());
                acknowledgedAt.add(System.nanoTime());
                lastAcknowledgedStart.accumulateAndGet(started, Math::max);
                if (n % 5 == 0) {
                    String subject = "Failover " + n;
                    ApiResponse sent = timed(() -> node.post("/v1.0/message/email/send",
                            Map.of("leadId", created.leadId(), "subject", subject, "content", "<p>Listing " + n + "</p>")));
                    if (sent != null && sent.status() == 200) {
                        emails.add(subject);
                        acknowledgedAt.add(System.nanoTime());
                    }
                }
            }
        }
    }

    private interface Request {
        ApiResponse send();
    }

    /** The answer, counted by status; null when the request itself failed (counted as another failure). */
    private ApiResponse timed(Request request) {
        long started = System.nanoTime();
        try {
            ApiResponse answer = request.send();
            statuses.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
            if (answer.status() == 503) {
                slowest503.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
            } else if (answer.status() != 200) {
                otherFailures.add(answer.toString());
            }
            return answer;
        } catch (RuntimeException e) {
            otherFailures.add(e.toString());
            return null;
        }
    }

    /** Waits for the first write sent after the given time to be acknowledged (the switch is over for the writers). */
    void awaitWriteSentAfter(long nanos, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lastAcknowledgedStart.get() <= nanos) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no write succeeded within " + timeout + " of the kill");
            }
            Thread.sleep(20);
        }
    }

    Set<Long> acknowledgedLeads() {
        return Set.copyOf(leads);
    }

    Set<String> acknowledgedEmails() {
        return Set.copyOf(emails);
    }

    long longestGapNanos() {
        long[] times = sortedAcknowledgements();
        long longest = 0;
        for (int i = 1; i < times.length; i++) {
            longest = Math.max(longest, times[i] - times[i - 1]);
        }
        return longest;
    }

    /** How long before the kill the longest gap began (the last acknowledgement before it). */
    long gapStartToKillNanos(long killed) {
        long[] times = sortedAcknowledgements();
        long last = times[0];
        for (long time : times) {
            if (time > killed) {
                break;
            }
            last = time;
        }
        return killed - last;
    }

    private long[] sortedAcknowledgements() {
        return acknowledgedAt.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    Map<Integer, Long> statusCounts() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    long slowest503Millis() {
        return slowest503.get();
    }

    int otherFailures() {
        return otherFailures.size();
    }

    String otherFailureSample() {
        return otherFailures.isEmpty() ? "" : " (first: " + otherFailures.peek() + ")";
    }
}
