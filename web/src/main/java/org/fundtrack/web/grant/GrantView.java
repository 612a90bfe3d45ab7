package org.fundtrack.web.grant;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.fundtrack.grant.boundary.GrantDetail;
import org.fundtrack.grant.boundary.GrantQueryService;

/**
 * Backs one grant's page. An id that is unknown, or belongs to another organisation when a
 * recipient asks, is answered the same way: 404 (the service records the recipient's attempt).
 */
@Named
@ViewScoped
public class GrantView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private GrantQueryService service;

  private Long id;
  private transient GrantDetail grant;

  public void load() throws IOException {
    grant = id == null ? null : service.find(id).orElse(null);
    if (grant == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public GrantDetail getGrant() {
    if (grant == null && id != null) {
      grant = service.find(id).orElse(null);
    }
    return grant;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
