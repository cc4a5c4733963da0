/**
 * The {@code idx} data format: MNIST's IDX image and label files ({@link org.deltanet.data.idx.IdxFiles}
 * is the experiment section, {@link org.deltanet.data.idx.MnistSource} reads the pair), kept one
 * byte per pixel in memory and converted to intensities batch by batch
 * ({@link org.deltanet.data.idx.Intensities}, on the Vector API where the JVM has it).
 */
package org.deltanet.data.idx;
