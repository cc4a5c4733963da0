package org.deltanet.data.xor;

import org.deltanet.data.DataFormat;
import org.deltanet.data.DataSource;

/** {@code type: xor}: see {@link XorData}. */
public final class XorFormat implements DataFormat {

    @Override
    public String name() {
        return "xor";
    }

    @Override
    public String description() {
        return "the XOR truth table: 4 examples, 2 inputs, 1 target";
    }

    @Override
    public Class<? extends DataSource> sourceType() {
        return XorData.class;
    }
}
