/**
 * Repositories for the recipient feature: @ApplicationScoped beans over the "fundtrack" persistence
 * unit, with finders that return Optional and named queries declared on the entities.
 */
package org.fundtrack.recipient.control;
