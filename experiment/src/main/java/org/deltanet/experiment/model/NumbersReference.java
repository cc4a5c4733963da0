package org.deltanet.experiment.model;

/**
 * The {@code numbers} key of a model or checkpoint file (version 2): the {@code .npz} file beside
 * it that holds the weights, biases and optimizer buffers, with its size and CRC-32C, so that a
 * numbers file that does not belong to the document (a write cut short, a file copied over) is
 * refused rather than read.
 *
 * @param file   the file name, in the same directory as the document
 * @param bytes  its size
 * @param crc32c its CRC-32C, 8 hexadecimal digits
 */
record NumbersReference(String file, long bytes, String crc32c) {}
