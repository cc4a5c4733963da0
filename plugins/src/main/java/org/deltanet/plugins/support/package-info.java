/**
 * Code the built-in plugins share across their packages: {@link
 * org.deltanet.plugins.support.ConfiguredPlugin} (declared parameters and the values a plugin was
 * configured with) and {@link org.deltanet.plugins.support.Rows} (row-wise reductions over flat
 * batches). Not part of the SPI; third-party plugins need not use it.
 */
package org.deltanet.plugins.support;
