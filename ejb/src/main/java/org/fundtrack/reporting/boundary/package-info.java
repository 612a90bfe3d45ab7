/**
 * Progress reports as documents: reading a submitted report with its spending for the PDF. The
 * recipient portal's use cases (draft, submit, review) will live here too.
 */
package org.fundtrack.reporting.boundary;
