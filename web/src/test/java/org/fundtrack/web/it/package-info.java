/**
 * Integration tests: the real WAR on Payara Micro against MariaDB, arranged with builders and
 * cleaned up per test. {@link org.fundtrack.web.it.Deployments} makes the one deployment they
 * share.
 */
package org.fundtrack.web.it;
