package io.leadline.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * For benchmarks: how many statements the server executes, whichever thread runs them. Registered as a bean, it wraps
 * the server's DataSource; {@link #reset} before the requests to count, then read {@link #count}.
 */
public final class StatementCounter implements BeanPostProcessor {

    private final LongAdder executed = new LongAdder();

    public void reset() {
        executed.reset();
    }

    public long count() {
        return executed.sum();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource ? wrap(bean, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection ? wrap(result, this::connectionCall) : result;
        }) : bean;
    }

    private Object connectionCall(Object connection, Method method, Object[] args) throws Throwable {
        Object result = invoke(connection, method, args);
        return result instanceof Statement ? wrap(result, this::statementCall) : result;
    }

    private Object statementCall(Object statement, Method method, Object[] args) throws Throwable {
        if (method.getName().startsWith("execute")) {
            executed.increment();
        }
        return invoke(statement, method, args);
    }

    /** A call on a wrapped object, with the object itself rather than its proxy. */
    private interface Call {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static Object wrap(Object target, Call call) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> implemented : type.getInterfaces()) {
                if (Modifier.isPublic(implemented.getModifiers())) {
                    interfaces.add(implemented);
                }
            }
        }
        InvocationHandler handler = (proxy, method, args) -> call.handle(target, method, args);
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
