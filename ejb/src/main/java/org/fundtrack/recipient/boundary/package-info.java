/**
 * Recipient use cases: the paged list of organisations and one organisation in detail, limited to
 * its own organisation for a recipient caller. Each public method is one use case and one
 * transaction.
 */
package org.fundtrack.recipient.boundary;
