package io.leadline.sandbox.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a test class against a Leadline sandbox started in the test's JVM: a fresh embedded database on a random
 * port with {@link #fixtures()} loaded, shared by every class that names the same fixtures, and reset to them before
 * each test. Test methods, constructors and lifecycle methods receive it as a {@link Sandbox} parameter. Under JUnit's
 * parallel execution the classes sharing a sandbox take turns ({@link SandboxLocks}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LeadlineSandboxExtension.class)
@ResourceLock(providers = SandboxLocks.class)
public @interface LeadlineSandbox {

    /**
     * The fixture file (JSON, or YAML: {@code .yaml}, {@code .yml}): {@code classpath:name} for a test resource, or
     * a path relative to the working directory. Empty: no fixtures, only the server administrator.
     */
    String fixtures() default "";

    /**
     * Whether each test starts from the fixtures, with the journal, fault rules, receivers and Lofty behaviours
     * cleared ({@link Sandbox#resetAll()}); off, tests see what earlier tests left.
     */
    boolean resetBeforeEach() default true;
}
