import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw database's figures the service is compared with: what a command needs at least, done with
 * plain JDBC on the same URL — read the aggregate's events, insert one event of about 400 bytes,
 * commit — by 1 or more clients for some seconds; and a sequential read of every row in pages of
 * 1,000, as a replay reads the event store.
 * Usage: java -cp CLASSPATH bench/java/RawJdbcBaseline.java JDBC_URL USER PASSWORD SECONDS CLIENTS...
 * Prints one line per client count: "raw clients=N commands_per_s=X", then "raw read_rows_per_s=Y rows=Z".
 */
public class RawJdbcBaseline {

    private static final byte[] PAYLOAD = ("{\"slug\":\"topic\",\"title\":\"" + "x".repeat(360) + "\"}").getBytes();

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int seconds = Integer.parseInt(args[3]);
        boolean postgres = url.startsWith("jdbc:postgresql");
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists raw_event");
            statement.execute("create table raw_event (global_index " + (postgres ? "bigserial" : "bigint auto_increment")
                    + " primary key, aggregate_identifier varchar(255) not null, sequence_number bigint not null, payload "
                    + (postgres ? "bytea" : "blob") + " not null, unique (aggregate_identifier, sequence_number))");
        }
        for (int i = 4; i < args.length; i++) {
            int clients = Integer.parseInt(args[i]);
            System.out.printf("raw clients=%d commands_per_s=%.0f%n", clients, commands(url, user, password, seconds, clients, i));
        }
        long started = System.nanoTime();
        long rows = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement page = connection.prepareStatement(
                     "select global_index, aggregate_identifier, sequence_number, payload from raw_event where global_index > ? order by global_index limit 1000")) {
            long after = 0;
            while (true) {
                page.setLong(1, after);
                int read = 0;
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        after = result.getLong(1);
                        result.getString(2);
                        result.getBytes(4);
                        read++;
                    }
                }
                rows += read;
                if (read < 1000) {
                    break;
                }
            }
        }
        System.out.printf("raw read_rows_per_s=%.0f rows=%d%n", rows / ((System.nanoTime() - started) / 1e9), rows);
    }

    private static double commands(String url, String user, String password, int seconds, int clients, int run) throws Exception {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                     PreparedStatement read = connection.prepareStatement(
                             "select sequence_number, payload from raw_event where aggregate_identifier = ? order by sequence_number");
                     PreparedStatement insert = connection.prepareStatement(
                             "insert into raw_event (aggregate_identifier, sequence_number, payload) values (?, ?, ?)")) {
                    connection.setAutoCommit(false);
                    for (long i = 0; System.nanoTime() < deadline; i++) {
                        String aggregate = "topic:raw-" + run + "-" + client + "-" + i;
                        read.setString(1, aggregate);
                        long sequence = 0;
                        try (ResultSet events = read.executeQuery()) {
                            while (events.next()) {
                                sequence = events.getLong(1) + 1;
                                events.getBytes(2);
                            }
                        }
                        insert.setString(1, aggregate);
                        insert.setLong(2, sequence);
                        insert.setBytes(3, PAYLOAD);
                        insert.executeUpdate();
                        connection.commit();
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }
}
