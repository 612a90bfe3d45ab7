/**
 * What all reports and workbooks share: the context every document states about itself (who, when,
 * data as of, parameters) and the localized words of the reports bundle.
 */
package org.fundtrack.reports.shared;
