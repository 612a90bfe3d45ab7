/**
 * Grant use cases: the paged, filtered and sorted list and one grant in detail (recipients see only
 * their own), and drafting, the approval workflow, payments, interim report acceptance, amendments
 * and close-out, each of which starts by checking the caller's role. One use case, one transaction.
 */
package org.fundtrack.grant.boundary;
