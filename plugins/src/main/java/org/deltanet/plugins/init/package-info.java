/**
 * The built-in weight initializers: {@code constant}, {@code uniform}, {@code normal},
 * {@code xavier} and {@code he}.
 *
 * <p>Each writes all {@code fanOut * fanIn} weights and draws only from the generator it is given,
 * so that one seed always gives the same weights.
 */
package org.deltanet.plugins.init;
