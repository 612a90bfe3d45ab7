/**
 * The tamper-evident audit trail (an append-only hash chain) and the follow-up of evaluation
 * recommendations through their management action plan.
 */
package org.fundtrack.audit.entity;
