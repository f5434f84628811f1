package io.leadline.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * For benchmarks: the statements the server executes, whichever thread runs them. Registered as a bean, it wraps the
 * server's DataSource. Between {@link #startCounting} and {@link #stopCounting} it counts every statement; between
 * {@link #record} and {@link #recorded} it also keeps each statement with its parameters, so a request's SQL can be run
 * again on its own. Otherwise connections are handed out unwrapped: a proxy on every JDBC call cost the server a
 * tenth of its time in the throughput phases, which would count against the API.
 */
public final class StatementLog implements BeanPostProcessor {

    /**
     * One executed statement: its SQL, its parameters by index, whether PostgreSQL planned it for its values on
     * each execution (prepare threshold 0, as the search runs its statements) rather than possibly reusing a plan, and
     * the thread that ran it (the server's background work runs statements too).
     */
    public record Executed(String sql, Map<Integer, Object> parameters, boolean plannedEachTime, Thread thread) {

        public boolean ranOn(Thread wanted) {
            return thread == wanted;
        }
    }

    /** A parameter that was set to SQL NULL of a JDBC type (untyped when set through setObject). */
    private record Null(int sqlType) {}

    private final LongAdder executed = new LongAdder();
    private volatile boolean counting;
    private volatile boolean recording;
    private final ConcurrentLinkedQueue<Executed> log = new ConcurrentLinkedQueue<>();

    public void startCounting() {
        executed.reset();
        counting = true;
    }

    /** The statements executed on connections taken since {@link #startCounting}. */
    public long stopCounting() {
        counting = false;
        return executed.sum();
    }

    public void record() {
        log.clear();
        recording = true;
    }

    public List<Executed> recorded() {
        recording = false;
        return List.copyOf(log);
    }

    /**
     * Runs {@code statements} one after another on {@code connection} and reads every column of every row they return,
     * as a client that wanted the same data without the server would, each planned as the server had it planned.
     */
    public static void replay(Connection connection, List<Executed> statements) throws SQLException {
        for (Executed statement : statements) {
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                if (statement.plannedEachTime()) {
                    prepared.unwrap(PGStatement.class).setPrepareThreshold(0);
                }
                for (var parameter : statement.parameters().entrySet()) {
                    if (parameter.getValue() instanceof Null absent) {
                        prepared.setNull(parameter.getKey(), absent.sqlType());
                    } else {
                        prepared.setObject(parameter.getKey(), parameter.getValue());
                    }
                }
                if (prepared.execute()) {
                    readAll(prepared.getResultSet());
                }
            }
        }
    }

    /** Reads every column of every row, as a client that wants the data would, and closes the rows. */
    public static void readAll(ResultSet rows) throws SQLException {
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource ? wrap(bean, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection && (counting || recording) ? wrap(result, this::connectionCall) : result;
        }) : bean;
    }

    private Object connectionCall(Object connection, Method method, Object[] args) throws Throwable {
        Object result = invoke(connection, method, args);
        if (result instanceof Statement) {
            String sql = method.getName().startsWith("prepare") ? (String) args[0] : null;
            Map<Integer, Object> parameters = new HashMap<>();
            return wrap(result, (statement, call, callArgs) -> statementCall(statement, call, callArgs, sql, parameters));
        }
        return result;
    }

    private Object statementCall(Object statement, Method method, Object[] args, String preparedSql,
            Map<Integer, Object> parameters) throws Throwable {
        String name = method.getName();
        if (name.startsWith("execute")) {
            executed.increment();
            String sql = args != null && args.length > 0 && args[0] instanceof String given ? given : preparedSql;
            if (recording && sql != null) {
                log.add(new Executed(sql, Map.copyOf(parameters), plannedEachTime((Statement) statement), Thread.currentThread()));
            }
        } else if (name.equals("clearParameters")) {
            parameters.clear();
        } else if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
            parameters.put(index, name.equals("setNull") ? new Null((Integer) args[1])
                    : args[1] == null ? new Null(Types.NULL) : args[1]);
        }
        return invoke(statement, method, args);
    }

    private static boolean plannedEachTime(Statement statement) throws SQLException {
        return statement.isWrapperFor(PGStatement.class) && statement.unwrap(PGStatement.class).getPrepareThreshold() == 0;
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
        return Proxy.newProxyInstance(StatementLog.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
