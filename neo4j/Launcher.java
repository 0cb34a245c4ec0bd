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
 * Usage: java -cp 'lib/*:build' Launcher HOME HOST:PORT USER PASSWORD PAGECACHE TX_TIMEOUT
 * Prints "READY bolt://HOST:PORT" once Bolt accepts authenticated connections; SIGTERM shuts down cleanly.
 */
public final class Launcher {
    public static void main(String[] args) {
        if (args.length != 6) {
            System.err.println("usage: Launcher HOME HOST:PORT USER PASSWORD PAGECACHE TX_TIMEOUT");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String[] hostPort = args[1].split(":");
        String user = args[2];
        String password = args[3];
        long pageCache = parseBytes(args[4]);
        Duration txTimeout = Duration.parse("PT" + args[5].toUpperCase());

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(hostPort[0], Integer.parseInt(hostPort[1])))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
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
