/**
 * Code the built-in plugins share across their packages: {@link org.deltanet.plugins.support.Rows}
 * (row-wise reductions over flat batches). Not part of the SPI; third-party plugins need not use
 * it. Parameter handling lives in the SPI itself ({@link org.deltanet.api.ConfiguredPlugin}).
 */
package org.deltanet.plugins.support;
