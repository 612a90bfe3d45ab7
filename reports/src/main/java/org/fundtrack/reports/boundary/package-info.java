/**
 * Producing documents for users: which exports exist, who may produce them, and the service that
 * reads the business services in batches and renders through {@code PdfReports} / {@code
 * Workbooks}.
 */
package org.fundtrack.reports.boundary;
