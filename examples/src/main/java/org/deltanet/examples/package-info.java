/**
 * Runnable examples. {@link org.deltanet.examples.SeedExample} replays the seed article's worked
 * example: one gradient-descent step on a sparse 2-3-2-1 sigmoid network, printing every quantity.
 */
package org.deltanet.examples;
