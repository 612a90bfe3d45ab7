/**
 * Grant agreement documents: the agreement summary PDF, the grants register and the per-grant
 * evidence pack workbooks, with the rows they are filled from.
 */
package org.fundtrack.reports.grant;
