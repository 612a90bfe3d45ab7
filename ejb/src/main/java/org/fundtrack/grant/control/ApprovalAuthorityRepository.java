package org.fundtrack.grant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.fundtrack.grant.entity.ApprovalAuthority;
import org.fundtrack.grant.entity.InstrumentType;
import org.fundtrack.security.entity.Role;

/** Loads the delegated-authority table (role × instrument type × ceiling). */
@ApplicationScoped
public class ApprovalAuthorityRepository {

  @PersistenceContext(unitName = "fundtrack")
  EntityManager em;

  /** The authority {@code role} holds for {@code type}; empty when it may not approve at all. */
  public Optional<ApprovalAuthority> find(Role role, InstrumentType type) {
    return em.createQuery(
            "SELECT a FROM ApprovalAuthority a WHERE a.role = :role AND a.instrumentType = :type",
            ApprovalAuthority.class)
        .setParameter("role", role)
        .setParameter("type", type)
        .getResultStream()
        .findFirst();
  }

  public List<ApprovalAuthority> findAll() {
    return em.createQuery(
            "SELECT a FROM ApprovalAuthority a ORDER BY a.instrumentType, a.maxAmount",
            ApprovalAuthority.class)
        .getResultList();
  }
}
