/**
 * Indicator pages: scorecards of the strategy, a program area, a fund or a grant, with the
 * small-count protection of the indicator services.
 */
package org.fundtrack.web.indicator;
