/**
 * An example plugin jar with one data format, {@code type: spirals}
 * ({@link org.deltanet.examples.spirals.SpiralsFormat}), listed in
 * {@code META-INF/services/org.deltanet.data.DataFormat}. It depends on deltanet's data types
 * alone (provided at run time: a jar listing a data format sees {@code org.deltanet.data} and the
 * engine's datasets), and its record {@link org.deltanet.examples.spirals.Spirals} declares the
 * section's keys.
 */
package org.deltanet.examples.spirals;
