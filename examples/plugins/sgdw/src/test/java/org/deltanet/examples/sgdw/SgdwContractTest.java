package org.deltanet.examples.sgdw;

import org.deltanet.api.Optimizer;
import org.deltanet.testkit.OptimizerContract;

/**
 * SGDW obeys the optimizer laws but {@code zero-gradient}, which it declines (JUnit shows it
 * skipped) and which is checked instead with weight decay 0.
 */
class SgdwContractTest extends OptimizerContract {

    @Override
    protected Optimizer optimizer() {
        return new Sgdw();
    }
}
