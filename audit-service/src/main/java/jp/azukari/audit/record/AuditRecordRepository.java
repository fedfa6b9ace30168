package jp.azukari.audit.record;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append and read only: no method here can change or delete a record. */
interface AuditRecordRepository extends Repository<AuditRecord, String> {

  AuditRecord insert(AuditRecord record);

  Page<AuditRecord> findBySubject(String subject, Pageable pageable);

  java.util.Optional<AuditRecord> findById(String eventId);

  long count();
}
