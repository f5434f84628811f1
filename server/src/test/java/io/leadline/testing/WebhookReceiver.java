package io.leadline.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** A local webhook receiver: records every POST and answers 200, or 500 for the next {@link #failNext} requests. */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String path, Map<String, List<String>> headers, String body, JsonNode json, long receivedAtMillis) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private volatile int failStatus = 500;
    private volatile long delayMillis;

    /** What a failing answer says (the delivery log keeps its start). */
    public static final String REFUSAL = "{\"error\":\"the receiver fails on purpose\"}";

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            started.incrementAndGet();
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? failStatus : 200;
            if (status == 200) {
                received.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body, ApiClient.JSON.readTree(body),
                        System.currentTimeMillis()));
            }
            if (status == 200) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                byte[] why = REFUSAL.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, why.length);
                exchange.getResponseBody().write(why);
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void failNext(int requests, int status) {
        failStatus = status;
        failures.set(requests);
    }

    /** Answers every request only after this long (to keep deliveries in flight). */
    public void delay(long millis) {
        delayMillis = millis;
    }

    /** Requests that have arrived, including those still waiting out {@link #delay}. */
    public int started() {
        return started.get();
    }

    public void clear() {
        received.clear();
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits up to the timeout until the received requests satisfy the condition; returns them either way. */
    public List<Received> await(Predicate<List<Received>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(received()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
