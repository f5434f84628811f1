package io.leadline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.web.RequestsInProgress;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A request {@link RequestsInProgress} has let through, running on a thread of its own until it is finished: what an
 * import sees while the node answers one.
 */
final class OpenRequest {

    private final CountDownLatch finishing = new CountDownLatch(1);
    private final CompletableFuture<Void> answered = new CompletableFuture<>();

    private OpenRequest() {}

    /** Returns once the request is inside the filter. */
    static OpenRequest open(RequestsInProgress requests, String method, String path) throws InterruptedException {
        OpenRequest request = new OpenRequest();
        CountDownLatch inside = new CountDownLatch(1);
        MockFilterChain chain = new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
                inside.countDown();
                try {
                    request.finishing.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Thread.ofPlatform().daemon().start(() -> {
            try {
                requests.doFilter(new MockHttpServletRequest(method, path), new MockHttpServletResponse(), chain);
                request.answered.complete(null);
            } catch (Exception | AssertionError e) {
                request.answered.completeExceptionally(e);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).as("the request reached its handler").isTrue();
        return request;
    }

    void finish() throws Exception {
        finishing.countDown();
        answered.get(5, TimeUnit.SECONDS);
    }
}
