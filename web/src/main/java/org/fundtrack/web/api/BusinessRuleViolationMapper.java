package org.fundtrack.web.api;

import jakarta.ws.rs.ext.Provider;
import org.fundtrack.shared.error.BusinessRuleViolation;

/** A broken business rule: 422 with the rule's message in the client's language. */
@Provider
public class BusinessRuleViolationMapper extends ProblemMapper<BusinessRuleViolation> {}
