package org.deltanet.engine.train;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.deltanet.api.ParameterValues;
import org.deltanet.api.PluginKind;
import org.deltanet.api.Schedule;
import org.deltanet.engine.math.FloatKernels;
import org.deltanet.engine.network.Network;
import org.deltanet.engine.train.Networks.Outcome;
import org.deltanet.engine.train.Networks.Run;
import org.deltanet.testkit.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The warm-up before the first epoch leaves the run as it was: a run warmed up (three epochs of
 * steps on a copy, whatever the time) ends with the weights and optimizer state of the same run
 * not warmed up, bit for bit, with a per-step schedule (whose rate the warm-up must not advance),
 * in float64 and float32.
 */
class WarmUpTest {

    @AfterEach
    void restoreDefault() {
        System.clearProperty(WarmUp.MILLIS_PROPERTY);
    }

    @Test
    void aWarmedUpRunEqualsTheRunNotWarmedUpInFloat64() {
        Property.forAll(
                        "trainer: warmed up or not, the same weights and optimizer state bit for bit (float64)",
                        Networks.runs(
                                Networks.cases(2, 12), Networks.optimizers(), rows -> Networks.configs(rows, 3, true)),
                        run -> same(run, network -> trainer(run, network, null)))
                .check()
                .run();
    }

    @Test
    void aWarmedUpRunEqualsTheRunNotWarmedUpInFloat32() {
        List<FloatKernels> kernels = FloatKernels.available();
        FloatKernels fastest = kernels.get(kernels.size() - 1);
        Property.forAll(
                        "trainer: warmed up or not, the same weights and optimizer state bit for bit (float32, "
                                + fastest.name() + ")",
                        Networks.runs(
                                Networks.cases(2, 12), Networks.optimizers(), rows -> Networks.configs(rows, 3, true)),
                        run -> same(run, network -> trainer(run, network, fastest)))
                .check()
                .run();
    }

    private interface TrainerFor {
        Trainer of(Network network);
    }

    private static void same(Run run, TrainerFor trainers) {
        Network warmed = run.example().network();
        Network cold = run.example().network();
        Outcome warm = train(() -> trainers.of(warmed).train(run.example().data(), null, List.of()), "60000");
        Outcome plain = train(() -> trainers.of(cold).train(run.example().data(), null, List.of()), "0");
        plain.requireSame("the run warmed up and the run not", warm);
        Networks.requireIdentical("weights warmed up and not", cold, warmed);
    }

    private static Outcome train(Supplier<TrainingResult> training, String warmUpMillis) {
        System.setProperty(WarmUp.MILLIS_PROPERTY, warmUpMillis);
        return Outcome.of(training);
    }

    /** A trainer with a per-step cosine schedule with warm-up steps, in float32 when kernels are given. */
    private static Trainer trainer(Run run, Network network, FloatKernels floatKernels) {
        Schedule cosine = Networks.PLUGINS.find(PluginKind.SCHEDULE, "cosine");
        ParameterValues.Builder values = ParameterValues.builder(cosine.parameters());
        Map.of("warmup", 3.0, "min-factor", 0.1).forEach(values::set);
        ScheduledOptimizer scheduled =
                new ScheduledOptimizer(Networks.PLUGINS.optimizer(run.optimizer()), cosine.configure(values.build()));
        return new Trainer(network, run.example().loss(), scheduled, run.config(), Networks.KERNELS, floatKernels);
    }
}
