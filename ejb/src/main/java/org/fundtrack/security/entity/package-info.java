/**
 * Who may sign in and what they may do: users and their single role, the sign-in event log, and the
 * delegated-authority table that caps what each role may approve.
 */
package org.fundtrack.security.entity;
