package org.deltanet.spark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deltanet.experiment.config.SparkMasterUrl;

/**
 * A Spark master URL, checked before Spark starts: its form ({@link #check}, as
 * {@link SparkMasterUrl} checks it where it is given), and for a standalone
 * master ({@code spark://host:port}, several for a master with standby) whether one of its
 * addresses accepts a connection ({@link #probe}), so that a wrong host or port is reported in
 * seconds with what to check instead of after Spark's minute of retries.
 */
public final class MasterUrl {

    private static final int PROBE_MILLIS = 5_000;

    private MasterUrl() {}

    /**
     * @return null if {@code url} is a master URL Spark accepts, else what is wrong with it
     */
    public static String check(String url) {
        return SparkMasterUrl.problem(url).orElse(null);
    }

    /**
     * For a standalone master, connects to its addresses in turn until one accepts.
     *
     * @throws ClusterException if none does: unknown host, connection refused, or no answer
     */
    public static void probe(String url) {
        if (!url.startsWith("spark://")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String address : url.substring("spark://".length()).split(",")) {
            Optional<SparkMasterUrl.Address> parsed = SparkMasterUrl.address(address);
            if (parsed.isEmpty()) {
                continue;
            }
            String host = parsed.get().host();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, parsed.get().port()), PROBE_MILLIS);
                return;
            } catch (UnknownHostException e) {
                problems.add("unknown host " + host);
            } catch (ConnectException e) {
                problems.add(address + " refused the connection");
            } catch (SocketTimeoutException e) {
                problems.add(address + " did not answer within " + PROBE_MILLIS / 1000 + " s");
            } catch (IOException e) {
                problems.add(address + ": " + e.getMessage());
            }
        }
        throw new ClusterException("cannot reach the Spark master " + url + ": " + String.join("; ", problems)
                + "; check that the Master runs (sbin/start-master.sh prints its URL) and that this host can "
                + "reach it at that host and port");
    }
}
