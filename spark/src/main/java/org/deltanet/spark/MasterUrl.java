package org.deltanet.spark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Spark master URL, checked before Spark starts: its form ({@link #check}), and for a standalone
 * master ({@code spark://host:port}, several for a master with standby) whether one of its
 * addresses accepts a connection ({@link #probe}), so that a wrong host or port is reported in
 * seconds with what to check instead of after Spark's minute of retries.
 */
public final class MasterUrl {

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?");
    private static final Pattern LOCAL_CLUSTER =
            Pattern.compile("local-cluster\\[[1-9][0-9]*,[1-9][0-9]*,[1-9][0-9]*]");
    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+]):([0-9]{1,5})");
    private static final int PROBE_MILLIS = 5_000;

    private MasterUrl() {}

    /**
     * @return null if {@code url} is a master URL Spark accepts, else what is wrong with it
     */
    public static String check(String url) {
        if (LOCAL.matcher(url).matches()
                || LOCAL_CLUSTER.matcher(url).matches()
                || url.equals("yarn")
                || url.matches("k8s://.+")) {
            return null;
        }
        if (url.startsWith("spark://")) {
            for (String address : url.substring("spark://".length()).split(",")) {
                var match = HOST_PORT.matcher(address);
                if (!match.matches() || Integer.parseInt(match.group(2)) > 65535) {
                    return "'" + url + "' is not a standalone master URL: expected spark://HOST:PORT, "
                            + "e.g. spark://head:7077";
                }
            }
            return null;
        }
        return "'" + url + "' is not a Spark master URL: use local, local[N], local[*], local[N,TRIES], "
                + "spark://HOST:PORT, yarn or k8s://...";
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
            var match = HOST_PORT.matcher(address);
            if (!match.matches()) {
                continue;
            }
            String host = match.group(1).replace("[", "").replace("]", "");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, Integer.parseInt(match.group(2))), PROBE_MILLIS);
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
