package jp.azukari.member.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.azukari.contracts.member.PersonalDataExported;
import jp.azukari.platform.events.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One download of a member's data by staff. Each is its own record, written once before the ZIP is
 * sent; its event tells the audit log who (the actor) took which files of whom, never their
 * content.
 */
@Document("privacy_exports")
class PrivacyExport extends OutboxAggregate {

  @Id private String id;
  @Indexed private String memberId;
  private List<String> files;
  private Instant exportedAt;

  protected PrivacyExport() {}

  static PrivacyExport byStaff(String memberId, List<String> files, Instant now) {
    var export = new PrivacyExport();
    export.id = UUID.randomUUID().toString();
    export.memberId = memberId;
    export.files = List.copyOf(files);
    export.exportedAt = now;
    export.registerEvent(new PersonalDataExported(memberId, export.files));
    return export;
  }
}
