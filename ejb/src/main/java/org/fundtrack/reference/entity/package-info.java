/**
 * Administrator-managed reference data every feature points at: ministries, service-delivery
 * regions and expense categories, each with a stable code and English and French names.
 */
package org.fundtrack.reference.entity;
