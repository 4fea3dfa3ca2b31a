package org.caredesk.domain.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A data source that counts (and keeps the text of) the statements prepared or created on its connections, so that a test can tell
 * whether a read costs a fixed number of queries or one more per row (an N+1), without timing anything.
 */
final class CountingDataSource {
    private final AtomicLong statements = new AtomicLong();
    private final List<String> sql = new CopyOnWriteArrayList<>();
    private final DataSource counted;

    CountingDataSource(DataSource target) {
        this.counted = (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    DataSource dataSource() {
        return counted;
    }

    /** Statements so far. */
    long statements() {
        return statements.get();
    }

    /** The text of every statement prepared so far, in order. */
    List<String> sql() {
        return List.copyOf(sql);
    }

    private Connection connection(Connection target) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                statements.incrementAndGet();
                if (args != null && args.length > 0 && args[0] instanceof String text) {
                    sql.add(text);
                }
            }
            return invoke(target, method, args);
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
