package org.deltanet.data.xor;

import org.deltanet.data.DataFormat;

/** {@code type: xor}: see {@link XorData}. */
public final class XorFormat extends DataFormat {

    public XorFormat() {
        super("xor", "the XOR truth table: 4 examples, 2 inputs, 1 target", XorData.class);
    }
}
