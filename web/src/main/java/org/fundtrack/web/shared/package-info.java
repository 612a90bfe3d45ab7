/**
 * Small helpers the pages of every feature share: messages kept across a redirect. Nothing here
 * holds state.
 */
package org.fundtrack.web.shared;
