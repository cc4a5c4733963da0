package org.deltanet.examples.spirals;

import org.deltanet.data.DataFormat;

/** {@code type: spirals}: see {@link Spirals}. */
public final class SpiralsFormat extends DataFormat {

    public SpiralsFormat() {
        super("spirals", "two interleaved spirals in the plane, one class each, generated from a seed", Spirals.class);
    }
}
