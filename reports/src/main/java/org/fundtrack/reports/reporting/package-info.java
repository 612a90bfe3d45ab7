/**
 * Recipients' progress reports as documents: the submitted-report PDF and the report rows of the
 * evidence pack.
 */
package org.fundtrack.reports.reporting;
