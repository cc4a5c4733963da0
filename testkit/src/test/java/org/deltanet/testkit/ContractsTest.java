package org.deltanet.testkit;

import org.deltanet.api.Activation;
import org.deltanet.api.Loss;
import org.deltanet.api.Optimizer;
import org.junit.jupiter.api.Nested;

/** The JUnit base classes as a plugin author uses them, with every hook left at its default. */
class ContractsTest {

    @Nested
    class LogisticContract extends ActivationContract {
        @Override
        protected Activation activation() {
            return new Logistic();
        }
    }

    @Nested
    class HalfSquaredErrorContract extends LossContract {
        @Override
        protected Loss loss() {
            return new HalfSquaredError();
        }
    }

    @Nested
    class HeavyBallContract extends OptimizerContract {
        @Override
        protected Optimizer optimizer() {
            return new RuleOptimizer(RuleOptimizer.HEAVY_BALL);
        }
    }
}
