package org.accord.portal.config;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/**
 * Tells the connection pool to drop a connection whose link to the database broke. Hikari knows MySQL's
 * SQL states for this but not H2's ("connection is broken", "database is already closed"), and would otherwise
 * hand out dead connections for a while after the database is back.
 */
public class BrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        return failure instanceof SQLNonTransientConnectionException || failure instanceof SQLRecoverableException
                ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
