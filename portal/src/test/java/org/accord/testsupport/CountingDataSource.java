package org.accord.testsupport;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts every statement prepared or created on its connections, for the statement-count tests
 * of plain JDBC read models (Hibernate's statistics do not see them).
 */
public final class CountingDataSource {

    private CountingDataSource() {
    }

    public static DataSource counting(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = method.invoke(target, arguments);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                                (connectionProxy, connectionMethod, connectionArguments) -> {
                                    String name = connectionMethod.getName();
                                    if (name.equals("prepareStatement") || name.equals("createStatement")
                                            || name.equals("prepareCall")) {
                                        statements.incrementAndGet();
                                    }
                                    return connectionMethod.invoke(connection, connectionArguments);
                                });
                    }
                    return result;
                });
    }
}
