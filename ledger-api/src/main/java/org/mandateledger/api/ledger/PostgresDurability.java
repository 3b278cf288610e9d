package org.mandateledger.api.ledger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the service refuses to start when the server's settings would let a write it has
 * acknowledged be lost in a crash: {@code fsync = off} (commits are not forced to disk; a power loss
 * or an operating-system crash can lose them, or corrupt the database) or {@code synchronous_commit =
 * off} (a commit is answered before its WAL is flushed: the last moments of acknowledged writes can be
 * lost). The message names the setting and what to set it to. Does nothing on another database.
 */
@Component
class PostgresDurability implements InitializingBean {

    private final DataSource dataSource;

    PostgresDurability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            List<String> unsafe = new ArrayList<>();
            if (setting(connection, "fsync").equals("off")) {
                unsafe.add("fsync is off (set fsync = on)");
            }
            if (setting(connection, "synchronous_commit").equals("off")) {
                unsafe.add("synchronous_commit is off (set synchronous_commit = on, or remote_apply with synchronous standbys)");
            }
            if (!unsafe.isEmpty()) {
                throw new IllegalStateException("The ledger does not start on this PostgreSQL: " + String.join("; ", unsafe)
                        + ". With it, a write the ledger has acknowledged can be lost in a crash.");
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("show " + name)) {
            return result.next() ? result.getString(1).trim().toLowerCase(Locale.ROOT) : "";
        }
    }
}
