package org.deltanet.dashboard;

import java.util.Map;

/**
 * One line of the runs page: what a run or sweep is and how it went.
 *
 * @param id         the run's id in URLs: the index of its root directory, then its path below it
 *                   ({@code 0/iris-20261206-024419}, {@code 0/iris-sweep-20261206-030000/iris-03-...})
 * @param name       the directory's name
 * @param kind       {@code run} or {@code sweep}
 * @param parent     the sweep a variant belongs to, or null
 * @param status     the status file's first line
 * @param started    ISO local date-time, or null
 * @param seconds    training time so far (the sum of the epochs' seconds)
 * @param epochs     finished epochs
 * @param params     key hyper-parameters by dotted key (optimizer, learning rate, mode, batch size,
 *                   planned epochs, loss, layers)
 * @param last       final metrics by column name (training and validation loss and accuracy)
 * @param best       best validation loss and accuracy, and their epochs
 */
public record RunEntry(
        String id,
        String name,
        String kind,
        String parent,
        String status,
        String started,
        double seconds,
        int epochs,
        Map<String, String> params,
        Map<String, Double> last,
        Map<String, Double> best) {}
