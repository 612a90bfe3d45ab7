/**
 * Transfer payment agreements and everything hanging off them: yearly allocations on budget lines,
 * approved budget, status history, payments and their schedule, reporting periods, amendments.
 */
package org.fundtrack.grant.entity;
