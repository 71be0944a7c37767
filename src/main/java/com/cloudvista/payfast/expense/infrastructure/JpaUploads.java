package com.cloudvista.payfast.expense.infrastructure;

import com.cloudvista.payfast.expense.domain.Upload;
import com.cloudvista.payfast.expense.domain.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Uploads through JPA. */
@ApplicationScoped
public class JpaUploads implements Uploads {

  @PersistenceContext(unitName = "payfast")
  EntityManager em;

  @Override
  public Optional<Upload> find(String owner, String id) {
    return Optional.ofNullable(em.find(Upload.class, id)).filter(u -> u.ownerId().equals(owner));
  }

  @Override
  public void store(Upload upload) {
    if (!em.contains(upload)) {
      em.persist(upload);
    }
    em.flush();
  }

  @Override
  public void remove(Upload upload) {
    em.remove(em.contains(upload) ? upload : em.merge(upload));
    em.flush();
  }

  @Override
  public List<Upload> abandoned(Instant before, int limit) {
    @SuppressWarnings("unchecked")
    List<Upload> rows =
        em.createNativeQuery(
                "SELECT * FROM upload u WHERE u.attached_at IS NULL AND u.created_at < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM import_job j WHERE j.upload_id = u.id AND j.status = 'PENDING')"
                    + " ORDER BY u.created_at LIMIT ?",
                Upload.class)
            .setParameter(1, before.atOffset(ZoneOffset.UTC))
            .setParameter(2, limit)
            .getResultList();
    return rows;
  }
}
