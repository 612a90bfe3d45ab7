/**
 * Small helpers the pages of every feature share: messages kept across a redirect, the not-found
 * and forbidden answers, malformed page parameters turned away. Nothing here holds state.
 */
package org.fundtrack.web.shared;
