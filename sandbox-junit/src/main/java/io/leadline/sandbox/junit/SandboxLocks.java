package io.leadline.sandbox.junit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Under JUnit's parallel execution, the classes that share a sandbox (the same fixtures) run one at a time, each test
 * after the previous one's reset; classes with other fixtures, and so other servers, still run alongside.
 */
public final class SandboxLocks implements ResourceLocksProvider {

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return lockOf(List.of(testClass));
    }

    @Override
    public Set<Lock> provideForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> testClass) {
        List<Class<?>> innermostFirst = new java.util.ArrayList<>(enclosingInstanceTypes);
        innermostFirst.add(testClass);
        return lockOf(innermostFirst.reversed());
    }

    private static Set<Lock> lockOf(List<Class<?>> innermostFirst) {
        return innermostFirst.stream()
                .map(type -> AnnotationSupport.findAnnotation(type, LeadlineSandbox.class))
                .flatMap(Optional::stream)
                .findFirst()
                .map(sandbox -> Set.of(new Lock("io.leadline.sandbox:" + sandbox.fixtures())))
                .orElse(Set.of());
    }
}
