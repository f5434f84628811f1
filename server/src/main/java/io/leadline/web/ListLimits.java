package io.leadline.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.databind.JsonNode;

/**
 * Every list a request body may carry has a documented limit (docs/security.md "Input limits"), checked on the bound body before any
 * controller runs, so no endpoint can forget it: the named fields have their own, any other array
 * {@link #DEFAULT_MAX}. A hundred thousand {@code tagsAdd} once overflowed the driver's IN list (LL-13).
 */
@ControllerAdvice
class ListLimits extends RequestBodyAdviceAdapter {

    static final int DEFAULT_MAX = 200;

    static final Map<String, Integer> MAX_BY_FIELD = Map.ofEntries(
            Map.entry("emails", 20),
            Map.entry("phones", 20),
            Map.entry("leadTypes", 10),
            Map.entry("groups", 50),
            Map.entry("segments", 50),
            Map.entry("tags", 100),
            Map.entry("tagsAdd", 100),
            Map.entry("tagsRemove", 100),
            Map.entry("customAttributeList", 100),
            Map.entry("leadFamilyMemberList", 20),
            Map.entry("body", 50));

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converter) {
        check("body", body);
        return body;
    }

    static void check(String field, Object value) {
        if (value instanceof JsonNode node) {
            checkNode(field, node);
        } else if (value instanceof Collection<?> list) {
            requireSize(field, list.size());
            list.forEach(item -> check(field, item));
        } else if (value instanceof Record record) {
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                Object child = read(component, record);
                if (child != null) {
                    check(component.getName(), child);
                }
            }
        }
    }

    /** Every request body goes through here: a record's components are looked up and made accessible once per class. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private static void checkNode(String field, JsonNode node) {
        if (node.isArray()) {
            requireSize(field, node.size());
            node.forEach(item -> checkNode(field, item));
        } else if (node.isObject()) {
            node.properties().forEach(entry -> checkNode(entry.getKey(), entry.getValue()));
        }
    }

    private static void requireSize(String field, int size) {
        int max = MAX_BY_FIELD.getOrDefault(field, DEFAULT_MAX);
        if (size > max) {
            throw ApiException.invalidField(field, "takes at most " + max + " entries, not " + size);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
