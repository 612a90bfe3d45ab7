/**
 * Sign-in support for the security feature: password hashing and timing-equal checks, the
 * throttling policy and the per-instance cap on concurrent checks, and the user and security-log
 * repositories (@ApplicationScoped, over the "fundtrack" persistence unit).
 */
package org.fundtrack.security.control;
