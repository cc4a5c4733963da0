/**
 * The dashboard and reports: reads run and sweep directories as {@code deltanet train} and
 * {@code deltanet sweep} write them (also while they are being written) and shows them in a
 * browser. {@link org.deltanet.dashboard.Catalog} finds and summarises runs,
 * {@link org.deltanet.dashboard.RunFolder} reads one, {@link org.deltanet.dashboard.DashboardServer}
 * serves the pages read-only on loopback, and {@link org.deltanet.dashboard.Report} writes the same
 * pages as one self-contained {@code report.html}. Charts use uPlot from its WebJar; nothing is
 * fetched from the network.
 */
package org.deltanet.dashboard;
