package org.deltanet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.deltanet.api.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Laws a plugin declines, through {@code deltanet verify}: the example {@code sgdw} jar declines
 * the zero-gradient law (skipped with its reason, checked without decay, exit 0); an activation
 * that declines its gradient check is refused (exit 7).
 */
class DeclinedLawsTest {

    @TempDir
    Path temp;

    @Test
    void aDeclinedLawIsSkippedWithItsReasonAndTheJarPasses() throws IOException {
        Path sgdw = Fixtures.example("sgdw").writeTo(temp);

        CapturedRun run = CapturedRun.of("verify", sgdw.toString());

        assertEquals(ExitCode.OK.code(), run.exitCode(), run::toString);
        String plugin = "sgdw(learning-rate=0.01, weight-decay=0.01)";
        assertTrue(
                run.out().contains("    skip  " + plugin + ": a zero gradient leaves the parameters unchanged\n"),
                run::toString);
        assertTrue(run.out().contains("        skipped: a zero gradient still decays the weights\n"), run::toString);
        assertTrue(
                run.out()
                        .contains("    pass  sgdw(learning-rate=0.01, weight-decay=0): a zero gradient leaves the"
                                + " parameters unchanged [declined law 'zero-gradient', checked where it holds:"
                                + " {weight-decay=0.0}]"),
                run::toString);
        assertTrue(run.out().contains("    pass  " + plugin + ": a restored snapshot continues identically"));
        assertTrue(run.out().contains("7 properties: 6 passed, 0 failed, 1 skipped"), run::toString);
        assertFalse(run.out().contains("FAIL"), run::toString);
    }

    @Test
    void anActivationDecliningItsGradientCheckIsRefused() throws IOException {
        Path jar = Fixtures.activation(
                        "sloppy.jar",
                        "Sloppy",
                        "sloppy",
                        """
                    public double value(double z) { return Math.tanh(z); }
                    public double derivative(double z, double a) { return 1.0 - a * a; }
                    public java.util.List<org.deltanet.api.DeclinedLaw> declinedLaws() {
                        return java.util.List.of(new org.deltanet.api.DeclinedLaw("gradient", "close enough"));
                    }
                """)
                .service(Activation.class, "fixture.Sloppy")
                .writeTo(temp);

        CapturedRun run = CapturedRun.of("verify", jar.toString());

        assertEquals(ExitCode.VERIFY_FAILED.code(), run.exitCode(), run::toString);
        assertTrue(
                run.out()
                        .contains("    FAIL  refused: activation 'sloppy' declines the law 'gradient' (\"close"
                                + " enough\"), but the gradient check of an activation cannot be declined"),
                run::toString);
        assertTrue(run.out().contains("0 passed, 1 failed"), run::toString);
    }
}
