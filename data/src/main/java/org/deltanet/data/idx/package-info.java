/**
 * The {@code idx} data format: MNIST's IDX image and label files ({@link org.deltanet.data.idx.IdxFiles}
 * is the experiment section, {@link org.deltanet.data.idx.MnistSource} reads the pair), kept one
 * byte per pixel in memory.
 */
package org.deltanet.data.idx;
