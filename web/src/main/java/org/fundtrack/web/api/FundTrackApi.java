package org.fundtrack.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The HTTP API, version 1, for other ministry systems: read-only JSON over the same users, roles
 * and recipient isolation as the pages. Its OpenAPI document is served by Payara at {@code
 * /openapi}.
 *
 * <p>Conventions: amounts are JSON numbers written with exactly two decimals ({@code 7000000.00}),
 * exact in the text (read them as decimals, not binary floating point); dates are ISO 8601 ({@code
 * 2024-04-01}), instants ISO 8601 in UTC; fiscal years are named by their start year (2024 for
 * 2024-25). Lists are paged with {@code page} (from 0) and {@code size} (1–100, default 20). Errors
 * are RFC 9457 {@code application/problem+json}, in English or French by {@code Accept-Language}.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "FundTrack API",
            version = "1",
            description =
                "Read-only access to fiscal years, budget lines, recipients and grants. Amounts"
                    + " are JSON numbers with two decimals (exact; parse as decimals). Lists page"
                    + " with page (from 0) and size (1-100). Errors are RFC 9457 problem+json,"
                    + " in English or French following Accept-Language. A recipient user sees"
                    + " only its own organisation: any other id answers 404."),
    security = @SecurityRequirement(name = FundTrackApi.BASIC),
    tags = {
      @Tag(name = "Budget", description = "Fiscal years and budget lines"),
      @Tag(name = "Recipients", description = "Funded organisations"),
      @Tag(name = "Grants", description = "Transfer payment agreements")
    })
@SecurityScheme(
    securitySchemeName = FundTrackApi.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "FundTrack user name and password; over TLS only in production")
public class FundTrackApi extends Application {

  static final String BASIC = "basic";

  /**
   * Jersey answers an error without a body by {@code sendError}, which lets the servlet container
   * put its HTML error page in; every API error has a problem+json body, and this makes sure the
   * container never adds one of its own.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.response.setStatusOverSendError", true);
  }
}
