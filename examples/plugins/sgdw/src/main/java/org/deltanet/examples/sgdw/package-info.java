/**
 * An example plugin jar with one optimizer that declines a law of the test kit:
 * {@link org.deltanet.examples.sgdw.Sgdw}, gradient descent with decoupled weight decay, listed in
 * {@code META-INF/services/org.deltanet.api.Optimizer}. A zero gradient still decays its weights,
 * so it declines the law {@code zero-gradient}, with that reason, and names the parameter value
 * (no decay) under which the law holds; {@code deltanet verify} prints the law as
 * {@code skipped: REASON} and checks it without decay.
 */
package org.deltanet.examples.sgdw;
