/**
 * The organisations that receive transfer payments (community agencies, Indigenous organisations,
 * police services, colleges), their risk rating and their contacts.
 */
package org.fundtrack.recipient.entity;
