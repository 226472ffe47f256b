package org.accord.report;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The trigger H2 calls before any UPDATE or DELETE of an issued report or of what it said (db/vendor/h2/V15):
 * it refuses, as MySQL's SIGNAL does, whatever the client.
 */
public class IssuedReportGuard implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("issued reports never change", "45000");
    }
}
