/**
 * Repositories for reference data (ministries, regions, expense categories): @ApplicationScoped
 * beans over the "fundtrack" persistence unit whose finders return Optional.
 */
package org.fundtrack.reference.control;
