/**
 * User administration: accounts, roles and the organisation a recipient user belongs to. Above both
 * security (the accounts) and recipient (the organisations), so neither depends on the other.
 */
package org.fundtrack.administration.boundary;
