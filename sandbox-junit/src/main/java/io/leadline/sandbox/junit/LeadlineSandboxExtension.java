package io.leadline.sandbox.junit;

import io.leadline.sandbox.EmbeddedSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one sandbox per fixture file for the whole test run (closed when the run ends), resets it before each test
 * of a class that asks for it, and hands it to tests as a {@link Sandbox}. Registered by {@link LeadlineSandbox}.
 */
public final class LeadlineSandboxExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeadlineSandboxExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).resetBeforeEach()) {
            sandbox(context).resetAll();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sandbox(context);
    }

    private static Sandbox sandbox(ExtensionContext context) {
        String fixtures = settings(context).fixtures();
        // the root context's store lives for the whole run and closes what it holds at its end
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        return store.computeIfAbsent("sandbox:" + fixtures, key -> start(fixtures), Sandbox.class);
    }

    /** The annotation on the test's class, or on a class it is nested in. */
    private static LeadlineSandbox settings(ExtensionContext context) {
        for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
            Optional<LeadlineSandbox> found = at.getTestClass()
                    .flatMap(testClass -> AnnotationSupport.findAnnotation(testClass, LeadlineSandbox.class));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ExtensionConfigurationException("annotate " + context.getRequiredTestClass().getName() + " with @LeadlineSandbox");
    }

    private static Sandbox start(String fixtures) {
        Path file = fixtures.isEmpty() ? null : fixtureFile(fixtures);
        return new Sandbox(EmbeddedSandbox.start(file));
    }

    private static Path fixtureFile(String fixtures) {
        if (!fixtures.startsWith("classpath:")) {
            Path file = Path.of(fixtures);
            if (!Files.isRegularFile(file)) {
                throw new ExtensionConfigurationException("no fixture file at " + file.toAbsolutePath());
            }
            return file;
        }
        String resource = fixtures.substring("classpath:".length()).replaceFirst("^/", "");
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExtensionConfigurationException("no fixture file " + resource + " on the class path");
            }
            // the file's name keeps its extension, which says whether it is YAML
            Path copy = Files.createTempDirectory("leadline-fixtures-").resolve(Path.of(resource).getFileName());
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            // deleted in the reverse order: the file, then its directory
            copy.getParent().toFile().deleteOnExit();
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixture file " + resource, e);
        }
    }
}
