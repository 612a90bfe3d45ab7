/**
 * Ministry reports (JasperReports PDFs) and auditor workbooks (streaming POI), filled from DTO rows
 * that ejb services produce. Templates are compiled once, never per request.
 */
package org.fundtrack.reports;
