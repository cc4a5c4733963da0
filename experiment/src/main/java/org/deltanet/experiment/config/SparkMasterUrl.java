package org.deltanet.experiment.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a Spark master URL, checked where it is given (the experiment's {@code spark:}
 * section, {@code --master}, {@code --conf spark.master=...}) so that {@code validate} and every
 * command refuse a wrong one before Spark starts: {@code local}, {@code local[N]},
 * {@code local[*]}, {@code local[N,TRIES]}, {@code local-cluster[N,CORES,MB]},
 * {@code spark://HOST:PORT} (several, comma-separated, for a master with standby), {@code yarn}
 * or {@code k8s://...}.
 *
 * <p>Example: {@code SparkMasterUrl.problem("bogus://x")} names the forms above;
 * {@code SparkMasterUrl.problem("spark://head:7077")} is empty.
 */
public final class SparkMasterUrl {

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?");
    private static final Pattern LOCAL_CLUSTER =
            Pattern.compile("local-cluster\\[[1-9][0-9]*,[1-9][0-9]*,[1-9][0-9]*]");
    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+]):([0-9]{1,5})");

    private SparkMasterUrl() {}

    /** What is wrong with {@code url} as a master URL, or empty if Spark accepts its form. */
    public static Optional<String> problem(String url) {
        if (LOCAL.matcher(url).matches()
                || LOCAL_CLUSTER.matcher(url).matches()
                || url.equals("yarn")
                || url.matches("k8s://.+")) {
            return Optional.empty();
        }
        if (url.startsWith("spark://")) {
            for (String address : url.substring("spark://".length()).split(",")) {
                Matcher match = HOST_PORT.matcher(address);
                if (!match.matches() || Integer.parseInt(match.group(2)) > 65535) {
                    return Optional.of("'" + url + "' is not a standalone master URL: expected spark://HOST:PORT, "
                            + "e.g. spark://head:7077");
                }
            }
            return Optional.empty();
        }
        return Optional.of("'" + url + "' is not a Spark master URL: use local, local[N], local[*], local[N,TRIES], "
                + "spark://HOST:PORT, yarn or k8s://...");
    }

    /**
     * One address of a standalone master, {@code HOST:PORT} (an IPv6 host in brackets), as the
     * host without brackets and the port; empty if it is not of that form.
     */
    public static Optional<Address> address(String hostPort) {
        Matcher match = HOST_PORT.matcher(hostPort);
        if (!match.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new Address(match.group(1).replace("[", "").replace("]", ""), Integer.parseInt(match.group(2))));
    }

    /** A standalone master's address: host name or IP, and port. */
    public record Address(String host, int port) {}
}
