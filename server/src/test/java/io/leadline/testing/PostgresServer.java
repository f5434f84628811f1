package io.leadline.testing;

import io.leadline.Application;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server of a test's own on a PostgreSQL URL (a class that needs settings no shared server has: a small pool, a
 * replica, a second node), quiet in the log, with the test server administrator's key and no duplicate sweeps.
 */
public final class PostgresServer {

    private PostgresServer() {}

    public static ConfigurableApplicationContext start(String url, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresDatabase.user(),
                "--spring.datasource.password=" + PostgresDatabase.password(),
                "--leadline.bootstrap.api-key=" + ApiTestBase.SERVER_ADMIN_KEY,
                "--leadline.duplicates.sweep-interval=PT0S",
                "--logging.level.io.leadline=ERROR",
                "--logging.level.com.zaxxer=OFF"));
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    public static String baseUrl(ConfigurableApplicationContext server) {
        return "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }
}
