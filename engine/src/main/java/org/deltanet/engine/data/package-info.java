/**
 * Training data as the engine sees it: a {@link org.deltanet.engine.data.Dataset} of examples,
 * each a feature row and a target row, gathered into flat mini-batch buffers in a given order.
 * Storage is the dataset's choice ({@link org.deltanet.engine.data.ArrayDataset} keeps doubles),
 * so compact formats can convert per batch, in double or (for {@code precision: float32}) straight
 * into float.
 */
package org.deltanet.engine.data;
