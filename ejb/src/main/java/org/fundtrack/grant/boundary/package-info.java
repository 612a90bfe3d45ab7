/**
 * The grant use cases: drafting, the approval workflow, payments, interim report acceptance,
 * amendments and close-out. Each is one transaction that starts by checking the caller's role.
 */
package org.fundtrack.grant.boundary;
