/**
 * JasperReports plumbing: the build-time template compiler, the renderer that fills compiled
 * templates with the common context parameters and exports PDF, and a data source over records.
 */
package org.fundtrack.reports.shared.pdf;
