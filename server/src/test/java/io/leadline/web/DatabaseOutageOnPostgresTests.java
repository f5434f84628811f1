package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.Application;
import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.PostgresDatabase;
import io.leadline.testing.TcpProxy;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL taken away under a running server (LL-13): requests and health answered within about two seconds with
 * 503 and the JSON body instead of hanging, readiness DOWN, and the server back by itself once the database is.
 */
class DatabaseOutageOnPostgresTests {

    private static TcpProxy proxy;
    private static ConfigurableApplicationContext server;
    private static String baseUrl;

    @BeforeAll
    static void start() {
        proxy = new TcpProxy(PostgresDatabase.host(), PostgresDatabase.port());
        server = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + PostgresDatabase.urlThrough("127.0.0.1", proxy.port()),
                "--spring.datasource.username=" + PostgresDatabase.user(),
                "--spring.datasource.password=" + PostgresDatabase.password(),
                "--leadline.bootstrap.api-key=" + ApiTestBase.SERVER_ADMIN_KEY,
                "--leadline.webhooks.dispatch=false",
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--spring.datasource.hikari.minimum-idle=1",
                "--logging.level.io.leadline=ERROR",
                "--logging.level.com.zaxxer=OFF",
                "--logging.level.org.springframework.boot.actuate=OFF");
        baseUrl = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        server.close();
        proxy.close();
    }

    @Test
    void anOutageAnswers503FastAndTheServerRecoversByItself() {
        ApiClient admin = new ApiClient(baseUrl, "token " + ApiTestBase.SERVER_ADMIN_KEY);
        ApiClient anonymous = new ApiClient(baseUrl, null);
        assertThat(admin.get("/v1.0/me").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);

        proxy.cut();
        for (Supplier<ApiResponse> call : java.util.List.<Supplier<ApiResponse>>of(
                () -> admin.get("/v1.0/me"),
                () -> admin.get("/v1.0/leads"),
                () -> admin.post("/v1.0/leads", Map.of("firstName", "During", "lastName", "Outage")))) {
            long started = System.nanoTime();
            ApiResponse response = call.get();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(response.status()).as(response.toString()).isEqualTo(503);
            assertThat(response.code()).isEqualTo(900503);
            assertThat(response.message()).contains("database");
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(took).as("time to answer during the outage").isLessThan(Duration.ofMillis(2500));
        }
        long started = System.nanoTime();
        ApiResponse readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);

        proxy.restore();
        long back = System.nanoTime();
        while (admin.get("/v1.0/me").status() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - back)).as("recovery").isLessThan(Duration.ofSeconds(3));
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - back);
        assertThat(recovery).as("time to recover once the database is back").isLessThan(Duration.ofSeconds(1));
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(admin.post("/v1.0/leads", Map.of("firstName", "After")).status()).isEqualTo(200);
        assertThat(admin.get("/v1.0/leads?key=Outage").json().path("_metadata").path("total").asLong()).isZero();
    }
}
