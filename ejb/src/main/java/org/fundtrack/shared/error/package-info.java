/**
 * The one exception for a broken business rule: a message key and its arguments, which the web
 * layer shows localized and the API maps to a problem response.
 */
package org.fundtrack.shared.error;
