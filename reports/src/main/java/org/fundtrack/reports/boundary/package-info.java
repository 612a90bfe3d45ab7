/**
 * Producing documents for users: which exports exist, who may produce them, and the service that
 * hands each document to its assembler (in the feature packages) and renders through {@code
 * PdfReports} / {@code Workbooks}.
 */
package org.fundtrack.reports.boundary;
