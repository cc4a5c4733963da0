package org.deltanet.testkit;

import java.util.stream.Stream;
import org.deltanet.api.Schedule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * JUnit base class that checks a {@link Schedule} against {@link ScheduleProperties}: one dynamic
 * test per property, each over at least {@value Property#MINIMUM_CASES} generated runs.
 *
 * <p>Usage:
 * <pre>{@code
 * class HalvingContractTest extends ScheduleContract {
 *     @Override
 *     protected Schedule schedule() {
 *         return new Halving();
 *     }
 * }
 * }</pre>
 */
public abstract class ScheduleContract {

    /** The schedule under test. */
    protected abstract Schedule schedule();

    /** The schedule's properties as dynamic tests. */
    @TestFactory
    public Stream<DynamicTest> scheduleProperties() {
        return DynamicTests.of(ScheduleProperties.of(schedule()));
    }
}
