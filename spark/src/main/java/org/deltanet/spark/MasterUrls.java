package org.deltanet.spark;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a Spark master URL before Spark starts, so that a typo gets one clear message instead of
 * Spark's own stack trace from inside {@code SparkContext}.
 *
 * <p>Accepted: {@code local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]},
 * {@code local[*,F]}, {@code local-cluster[N,C,M]}, {@code spark://host:port[,host:port...]},
 * {@code yarn} and {@code k8s://...}, with every count at least 1. Example:
 * {@code MasterUrls.problem("local[0]")} says that local mode needs at least one thread.
 */
public final class MasterUrls {

    private static final Pattern LOCAL = Pattern.compile("local\\[(\\*|\\d{1,6})(?:,(\\d{1,6}))?]");
    private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[(\\d{1,6}),(\\d{1,6}),(\\d{1,9})]");
    private static final Pattern STANDALONE = Pattern.compile("spark://[^\\s:/,]+:\\d{1,5}(,[^\\s:/,]+:\\d{1,5})*");
    private static final String FORMS = "local, local[N], local[*], local[N,F], spark://host:7077, yarn or k8s://URL";

    private MasterUrls() {
    }

    /** What is wrong with {@code master}, or empty if Spark can use it. */
    public static Optional<String> problem(String master) {
        if (master.equals("local") || master.equals("yarn") || master.startsWith("k8s://") && master.length() > 6
                || STANDALONE.matcher(master).matches()) {
            return Optional.empty();
        }
        Matcher local = LOCAL.matcher(master);
        if (local.matches()) {
            if (!local.group(1).equals("*") && Integer.parseInt(local.group(1)) < 1) {
                return Optional.of("local mode needs at least one thread: use local[1] or more, or local[*]");
            }
            if (local.group(2) != null && Integer.parseInt(local.group(2)) < 1) {
                return Optional.of("local mode needs at least one try per task: use local[N,1] or more");
            }
            return Optional.empty();
        }
        Matcher cluster = LOCAL_CLUSTER.matcher(master);
        if (cluster.matches()) {
            for (int group = 1; group <= 3; group++) {
                if (Long.parseLong(cluster.group(group)) < 1) {
                    return Optional.of("local-cluster[N,C,M] needs at least one worker, core and MB");
                }
            }
            return Optional.empty();
        }
        return Optional.of("not a Spark master URL; use " + FORMS);
    }
}
