/**
 * Recipients' progress reports and their parts: spending by expense category, indicator results,
 * and attachments (metadata apart from the bytes, so lists never load content).
 */
package org.fundtrack.reporting.entity;
