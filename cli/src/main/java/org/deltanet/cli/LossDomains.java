package org.deltanet.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deltanet.api.Loss;
import org.deltanet.testkit.Domain;

/**
 * Where a loss's outputs and targets live, so that {@code verify} checks it on valid inputs only.
 *
 * <p>A loss does not declare its domain, so it is inferred: the widest of {@code real, real},
 * {@code open-unit-interval, unit-interval} and {@code distribution, distribution} on whose sample
 * batches the loss's value and gradient are finite. {@code --loss-domain NAME=OUTPUTS,TARGETS}
 * overrides the guess, e.g. for a loss whose shortcut assumes targets that sum to 1.
 */
final class LossDomains {

    /**
     * The domains a loss is checked on.
     *
     * @param inferred whether they were guessed rather than given
     */
    record Choice(Domain outputs, Domain targets, boolean inferred) {
        @Override
        public String toString() {
            return "outputs " + text(outputs) + ", targets " + text(targets)
                    + (inferred ? " (inferred; choose others with --loss-domain NAME=OUTPUTS,TARGETS)" : "");
        }
    }

    private record Probe(Choice choice, double[] outputs, double[] targets) {
    }

    private static final int ROWS = 2;
    private static final int COLS = 3;

    private static final List<Probe> WIDEST_FIRST = List.of(
            new Probe(new Choice(Domain.REAL, Domain.REAL, true),
                    new double[] {-2.5, -0.5, 0.0, 0.7, 1.5, 3.0}, new double[] {1.0, -1.2, 0.3, 0.0, 2.0, -3.0}),
            new Probe(new Choice(Domain.OPEN_UNIT_INTERVAL, Domain.UNIT_INTERVAL, true),
                    new double[] {0.1, 0.5, 0.9, 0.3, 0.7, 0.02}, new double[] {0.0, 1.0, 0.5, 1.0, 0.0, 0.25}),
            new Probe(new Choice(Domain.DISTRIBUTION, Domain.DISTRIBUTION, true),
                    new double[] {0.2, 0.3, 0.5, 0.1, 0.6, 0.3}, new double[] {0.0, 1.0, 0.0, 0.2, 0.5, 0.3}));

    private final Map<String, Choice> given = new LinkedHashMap<>();

    /**
     * @param given {@code OUTPUTS,TARGETS} by loss name, e.g. {@code distribution,distribution}
     * @throws IllegalArgumentException naming the valid domains if one is malformed
     */
    LossDomains(Map<String, String> given) {
        given.forEach((loss, text) -> this.given.put(loss, parse(text)));
    }

    /** The given domains of this loss, or else the inferred ones. */
    Choice of(Loss loss) {
        Choice choice = given.get(loss.name());
        return choice != null ? choice : infer(loss);
    }

    /** The widest domains on which the loss is finite; the narrowest if it is finite on none. */
    static Choice infer(Loss loss) {
        return WIDEST_FIRST.stream().filter(probe -> finite(loss, probe)).findFirst()
                .orElse(WIDEST_FIRST.get(WIDEST_FIRST.size() - 1)).choice();
    }

    private static Choice parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("--loss-domain wants NAME=OUTPUTS,TARGETS, e.g. "
                    + "my-loss=distribution,distribution; got '" + text + "'");
        }
        return new Choice(domain(parts[0]), domain(parts[1]), false);
    }

    private static Domain domain(String text) {
        for (Domain domain : Domain.values()) {
            if (text(domain).equals(text.strip().toLowerCase(Locale.ROOT))) {
                return domain;
            }
        }
        throw new IllegalArgumentException("unknown domain '" + text + "'; valid: real, open-unit-interval, "
                + "unit-interval, distribution");
    }

    private static String text(Domain domain) {
        return domain.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static boolean finite(Loss loss, Probe probe) {
        try {
            double[] gradient = new double[ROWS * COLS];
            loss.gradient(probe.outputs().clone(), probe.targets().clone(), gradient, ROWS, COLS);
            boolean finite = Double.isFinite(loss.value(probe.outputs().clone(), probe.targets().clone(), ROWS, COLS));
            for (double g : gradient) {
                finite &= Double.isFinite(g);
            }
            return finite;
        } catch (RuntimeException notDefinedThere) {
            return false;
        }
    }
}
