package org.deltanet.testkit;

import static org.deltanet.testkit.PropertyAssertions.assertAllHold;
import static org.deltanet.testkit.PropertyAssertions.assertFalsified;
import static org.deltanet.testkit.PropertyAssertions.assertMentions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.deltanet.api.Optimizer;
import org.junit.jupiter.api.Test;

class ParameterPropertiesTest {

    private final Optimizer optimizer = new RuleOptimizer(RuleOptimizer.HEAVY_BALL);

    @Test
    void configureThatKeepsTheValuesHolds() {
        assertAllHold(ParameterProperties.roundTrip(optimizer, optimizer::configure).stream()
                .toList());
    }

    @Test
    void configureThatIgnoresTheValuesFails() {
        List<Property> ignoring = ParameterProperties.roundTrip(optimizer, values -> optimizer).stream()
                .toList();
        assertMentions(
                assertFalsified(ignoring, "configure(values).values()"), "returned learning-rate=0.01, momentum=0.9");
    }

    @Test
    void pluginsWithoutParametersHaveNoRoundTrip() {
        Logistic logistic = new Logistic();
        assertTrue(ParameterProperties.roundTrip(logistic, logistic::configure).isEmpty());
    }
}
