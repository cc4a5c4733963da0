/**
 * An example plugin jar with one activation, {@link org.deltanet.examples.swish.Swish}, listed in
 * {@code META-INF/services/org.deltanet.api.Activation}. It depends on the api alone (provided by
 * deltanet at run time) and is checked by the test kit's activation contract.
 */
package org.deltanet.examples.swish;
