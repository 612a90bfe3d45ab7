/**
 * Budget use cases: the fund overview for a fiscal year, budget lines and reallocations. Each
 * public method of a {@code @Stateless} service here is one use case and one transaction.
 */
package org.fundtrack.budget.boundary;
