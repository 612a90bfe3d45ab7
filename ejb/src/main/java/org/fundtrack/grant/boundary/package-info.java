/**
 * Grant use cases: the paged, filtered and sorted grant list and one grant in detail, both limited
 * to the caller's own organisation for recipients. Each public method is one use case and one
 * transaction.
 */
package org.fundtrack.grant.boundary;
