/**
 * An example plugin jar with one optimizer that deltanet does not ship,
 * {@link org.deltanet.examples.rmsprop.RmsProp}, listed in
 * {@code META-INF/services/org.deltanet.api.Optimizer}. It depends on the api alone (provided by
 * deltanet at run time) and is checked by the test kit's optimizer contract.
 */
package org.deltanet.examples.rmsprop;
