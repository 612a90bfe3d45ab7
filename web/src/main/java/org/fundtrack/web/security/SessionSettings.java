package org.fundtrack.web.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookie and idle timeout, set once at start-up. The cookie is HttpOnly here and
 * SameSite=Lax in {@code WEB-INF/payara-web.xml} (Payara ignores the Servlet 6 cookie attributes),
 * so another site can neither read it nor post with it; Payara adds Secure by itself whenever the
 * request came over HTTPS. Sessions end after {@code fundtrack.session.idle-minutes} (30 by
 * default) without a request.
 */
@WebListener
public class SessionSettings implements ServletContextListener {

  static final String IDLE_MINUTES = "fundtrack.session.idle-minutes";
  static final int DEFAULT_IDLE_MINUTES = 30;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    context.setSessionTimeout(idleMinutes());
    SessionCookieConfig cookie = context.getSessionCookieConfig();
    cookie.setHttpOnly(true);
  }

  /** The configured idle timeout in minutes, at least one. */
  static int idleMinutes() {
    int minutes =
        ConfigProvider.getConfig()
            .getOptionalValue(IDLE_MINUTES, Integer.class)
            .orElse(DEFAULT_IDLE_MINUTES);
    return Math.max(1, minutes);
  }
}
