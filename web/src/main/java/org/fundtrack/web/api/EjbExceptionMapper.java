package org.fundtrack.web.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.ext.Provider;

/**
 * Service failures: access refused by @RolesAllowed (401 or 403), validation of service parameters
 * (400), anything else (500).
 */
@Provider
public class EjbExceptionMapper extends ProblemMapper<EJBException> {}
