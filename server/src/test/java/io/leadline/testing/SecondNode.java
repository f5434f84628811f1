package io.leadline.testing;

import io.leadline.Application;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A second server node in the test JVM, on the same database as the test's own server. As a JUnit extension
 * ({@code @RegisterExtension static final SecondNode secondNode = new SecondNode(…)}) it starts before a class's first
 * test and stops after its last.
 */
public final class SecondNode implements BeforeEachCallback, AfterAllCallback {

    private final Class<?>[] extraSources;
    private final String[] extraArgs;
    private ConfigurableApplicationContext node;

    public SecondNode(Class<?>[] extraSources, String... extraArgs) {
        this.extraSources = extraSources;
        this.extraArgs = extraArgs;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (node == null) {
            node = start(SpringExtension.getApplicationContext(context).getEnvironment(), extraSources, extraArgs);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    /** Stops the node now, as a crash would for whatever it was doing (its open transactions roll back). */
    public void stop() {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }

    /**
     * Command-line arguments, because they outrank application.yml (builder properties would not); an extra argument
     * replaces a default one of the same name (two would be read as one list value).
     */
    private static ConfigurableApplicationContext start(Environment firstNode, Class<?>[] extraSources, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + firstNode.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + firstNode.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + firstNode.getProperty("spring.datasource.password", ""),
                "--leadline.bootstrap.api-key=" + ApiTestBase.SERVER_ADMIN_KEY,
                "--leadline.rate-limit.default-per-minute=100000",
                "--leadline.messages.email=capture",
                "--leadline.messages.sms=capture",
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--spring.datasource.hikari.minimum-idle=2",
                "--logging.level.io.leadline=WARN"));
        for (String extra : extraArgs) {
            String key = extra.contains("=") ? extra.substring(0, extra.indexOf('=') + 1) : extra;
            args.removeIf(arg -> arg.startsWith(key));
            args.add(extra);
        }
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = Application.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources).run(args.toArray(String[]::new));
    }
}
