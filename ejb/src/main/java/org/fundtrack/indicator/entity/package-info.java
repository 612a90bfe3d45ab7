/**
 * The outcome-indicator catalogue, its GBA+ disaggregation dimensions, the indicators each grant
 * reports on and the targets set for them.
 */
package org.fundtrack.indicator.entity;
