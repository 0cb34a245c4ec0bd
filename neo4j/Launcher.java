import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community as a standalone Bolt server from the jars Maven fetched into lib/.
 * There is no Neo4j tarball on Maven Central, so this is the whole "server": the embedded DBMS with the
 * Bolt connector on, HTTP off, auth on. Its home directory persists between runs.
 *
 * Usage: java -cp 'lib/*:build' Launcher HOME HOST:PORT USER PAGECACHE TX_TIMEOUT TX_MEMORY, the password on the
 * first line of standard input (so that it never shows in the process list).
 * TX_MEMORY caps the memory of any one transaction, so one runaway query cannot exhaust the pool every other shares.
 * Prints "READY bolt://HOST:PORT" once Bolt accepts authenticated connections; SIGTERM shuts down cleanly.
 */
public final class Launcher {
    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: Launcher HOME HOST:PORT USER PAGECACHE TX_TIMEOUT TX_MEMORY < password");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String[] hostPort = args[1].split(":");
        String user = args[2];
        long pageCache = parseBytes(args[3]);
        Duration txTimeout = Duration.parse("PT" + args[4].toUpperCase());
        long txMemory = parseBytes(args[5]);
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.isEmpty()) {
            System.err.println("Launcher: no password on standard input");
            System.exit(2);
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(hostPort[0], Integer.parseInt(hostPort[1])))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemory)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
        }, "neo4j-shutdown"));

        setCredentials(dbms, user, password);
        System.out.println("READY bolt://" + args[1]);
        System.out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Applied at every start, so a changed NEO4J_PASSWORD takes effect on the next start. */
    private static void setCredentials(DatabaseManagementService dbms, String user, String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (!user.equals("neo4j")) {
            system.executeTransactionally(
                    "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("user", user, "password", password));
        }
        try {
            system.executeTransactionally(
                    "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("user", user, "password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to its current value; that is the normal restart case.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static long parseBytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = 1;
        if (s.endsWith("g")) unit = ByteUnit.gibiBytes(1);
        else if (s.endsWith("m")) unit = ByteUnit.mebiBytes(1);
        else if (s.endsWith("k")) unit = ByteUnit.kibiBytes(1);
        String digits = Character.isDigit(s.charAt(s.length() - 1)) ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) * unit;
    }
}
