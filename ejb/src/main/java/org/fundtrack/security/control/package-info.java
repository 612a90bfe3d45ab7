/**
 * Sign-in support for the security feature: password hashing and the user repository
 * (@ApplicationScoped, over the "fundtrack" persistence unit, finders returning Optional).
 */
package org.fundtrack.security.control;
