/**
 * Mapping support shared by every feature's entities: UTC timestamps, the created/updated columns,
 * the embedded bilingual name, bilingual text selection and column size limits.
 */
package org.fundtrack.shared.entity;
