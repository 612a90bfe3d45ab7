package org.fundtrack.web.api;

import org.fundtrack.shared.error.BusinessRuleViolation;
import jakarta.ws.rs.ext.Provider;

/** A broken business rule: 422 with the rule's message in the client's language. */
@Provider
public class BusinessRuleViolationMapper extends ProblemMapper<BusinessRuleViolation> {}
