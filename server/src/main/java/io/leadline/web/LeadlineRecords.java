package io.leadline.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/** Leadline's record types by simple name, as springdoc names their schemas; a name two records share is left out. */
final class LeadlineRecords {

    private LeadlineRecords() {}

    static Map<String, Class<?>> bySimpleName() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName()));
        Map<String, Class<?>> records = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        for (BeanDefinition found : scanner.findCandidateComponents("io.leadline")) {
            Class<?> type = ClassUtils.resolveClassName(found.getBeanClassName(), LeadlineRecords.class.getClassLoader());
            if (records.putIfAbsent(type.getSimpleName(), type) != null) {
                shared.put(type.getSimpleName(), true);
            }
        }
        shared.keySet().forEach(records::remove);
        return records;
    }
}
