/**
 * How a ministry's money is organised: strategy, pillars, program areas, funds, fiscal years and
 * the budget lines that grants commit against, plus the reallocations that move money between them.
 */
package org.fundtrack.budget.entity;
