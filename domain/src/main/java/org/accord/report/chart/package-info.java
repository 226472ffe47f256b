/**
 * The report charts: builders turn data records and already-translated words into one vector model, a
 * {@link org.accord.report.chart.Drawing}, which {@link org.accord.report.chart.SvgWriter} writes for the screen and
 * {@link org.accord.report.chart.PdfChart} paints into a PDF. Knows nothing of the database.
 */
@NamedInterface("chart")
package org.accord.report.chart;

import org.springframework.modulith.NamedInterface;
