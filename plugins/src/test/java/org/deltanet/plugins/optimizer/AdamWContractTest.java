package org.deltanet.plugins.optimizer;

import org.deltanet.api.Optimizer;
import org.deltanet.testkit.OptimizerContract;

/** The optimizer laws; {@code zero-gradient} is declined and checked with weight decay 0 instead. */
class AdamWContractTest extends OptimizerContract {

    @Override
    protected Optimizer optimizer() {
        return new AdamW();
    }
}
