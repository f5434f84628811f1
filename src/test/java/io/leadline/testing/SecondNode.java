package io.leadline.testing;

import io.leadline.Application;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** A second server node in the test JVM, on the same database as the test's own server. */
public final class SecondNode {

    private SecondNode() {}

    /** Command-line arguments, because they outrank application.yml (builder properties would not). */
    public static ConfigurableApplicationContext start(Environment firstNode, Class<?>[] extraSources, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + firstNode.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + firstNode.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + firstNode.getProperty("spring.datasource.password", ""),
                "--leadline.bootstrap.api-key=" + ApiTestBase.SERVER_ADMIN_KEY,
                "--leadline.rate-limit.default-per-minute=100000",
                "--logging.level.io.leadline=WARN"));
        args.addAll(List.of(extraArgs));
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = Application.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources).run(args.toArray(String[]::new));
    }

    public static String url(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }
}
