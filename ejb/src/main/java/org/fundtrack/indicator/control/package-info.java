/**
 * Repositories for the indicator catalogue: @ApplicationScoped beans over the "fundtrack"
 * persistence unit whose finders return Optional.
 */
package org.fundtrack.indicator.control;
