/**
 * Evaluations' recommendations and their follow-up (management response): a feature of its own,
 * above budget and grant, so that neither depends on it.
 */
package org.fundtrack.evaluation.entity;
