package jp.azukari.member.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.azukari.member.changerequest.ChangeRequestRecords;
import jp.azukari.member.importing.ImportRecords;
import jp.azukari.member.privacy.ExportedData.ChangeRequestEntry;
import jp.azukari.member.privacy.ExportedData.DocumentEntry;
import jp.azukari.member.privacy.ExportedData.MemberFile;
import jp.azukari.member.privacy.ExportedData.RegistrationEntry;
import jp.azukari.member.profile.Member;
import jp.azukari.member.registration.RegistrationRecords;
import jp.azukari.member.verification.DocumentRecords;
import jp.azukari.member.verification.IdentityDocument;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything held about one member as one ZIP, written straight to the response: the JSON files are
 * small, the document files are copied from GridFS as they are read, so the ZIP is never held
 * whole. Staff downloads are recorded ({@code member.PersonalDataExported}) before anything is
 * sent.
 */
@Service
class MemberExport {

  static final String MEMBER = "member.json";
  static final String DOCUMENTS = "documents.json";
  static final String CHANGE_REQUESTS = "change-requests.json";
  static final String REGISTRATIONS = "registrations.json";
  static final String IMPORTS = "imports.json";
  static final String README = "README.txt";

  private final DocumentRecords documents;
  private final ChangeRequestRecords changeRequests;
  private final RegistrationRecords registrations;
  private final ImportRecords imports;
  private final PrivacyExportRepository exports;
  private final ObjectWriter json;
  private final Clock clock;

  MemberExport(
      DocumentRecords documents,
      ChangeRequestRecords changeRequests,
      RegistrationRecords registrations,
      ImportRecords imports,
      PrivacyExportRepository exports,
      JsonMapper mapper,
      Clock clock) {
    this.documents = documents;
    this.changeRequests = changeRequests;
    this.registrations = registrations;
    this.imports = imports;
    this.exports = exports;
    this.json = mapper.writerWithDefaultPrettyPrinter();
    this.clock = clock;
  }

  /** What one export holds: the document files are named before anything is written. */
  record Plan(Member member, boolean forTheMember, List<DocumentFile> documentFiles) {

    List<String> fileNames() {
      var names = new ArrayList<>(List.of(README, MEMBER, DOCUMENTS));
      documentFiles.stream().filter(f -> f.name() != null).forEach(f -> names.add(f.name()));
      names.addAll(List.of(CHANGE_REQUESTS, REGISTRATIONS, IMPORTS));
      return names;
    }
  }

  /** A document and the name of its file in the ZIP ({@code null} when no bytes are stored). */
  record DocumentFile(IdentityDocument document, String name) {}

  /** The export of the member's own data, for themselves (account number in full). */
  Plan forTheMember(Member member) {
    return plan(member, true);
  }

  /** The export for staff (account number masked); recorded and announced with staff as actor. */
  Plan forStaff(Member member) {
    Plan plan = plan(member, false);
    exports.save(PrivacyExport.byStaff(member.id(), plan.fileNames(), now()));
    return plan;
  }

  void write(Plan plan, OutputStream out) throws IOException {
    Member member = plan.member();
    var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    entry(zip, README, Readme.TEXT.getBytes(StandardCharsets.UTF_8));
    entry(zip, MEMBER, json.writeValueAsBytes(MemberFile.of(member, plan.forTheMember(), now())));
    entry(
        zip,
        DOCUMENTS,
        json.writeValueAsBytes(
            plan.documentFiles().stream()
                .map(f -> DocumentEntry.of(f.document(), f.name()))
                .toList()));
    for (DocumentFile file : plan.documentFiles()) {
      if (file.name() != null) {
        zip.putNextEntry(new ZipEntry(file.name()));
        documents.copyContent(file.document(), zip);
        zip.closeEntry();
      }
    }
    entry(
        zip,
        CHANGE_REQUESTS,
        json.writeValueAsBytes(
            changeRequests.of(member.id()).stream()
                .map(r -> ChangeRequestEntry.of(r, plan.forTheMember()))
                .toList()));
    entry(
        zip,
        REGISTRATIONS,
        json.writeValueAsBytes(
            registrations.of(member.id(), member.email()).stream()
                .map(RegistrationEntry::of)
                .toList()));
    entry(zip, IMPORTS, json.writeValueAsBytes(imports.about(member.id(), member.email())));
    zip.finish();
    zip.flush();
  }

  private Plan plan(Member member, boolean forTheMember) {
    var files = new ArrayList<DocumentFile>();
    Set<String> taken = new HashSet<>();
    for (IdentityDocument document : documents.of(member.id())) {
      String name = documents.hasContent(document) ? fileName(document, taken) : null;
      files.add(new DocumentFile(document, name));
    }
    return new Plan(member, forTheMember, List.copyOf(files));
  }

  /** {@code documents/<kind>-<side>.<ext>}, numbered from 2 when a kind and side come again. */
  private static String fileName(IdentityDocument document, Set<String> taken) {
    String base =
        "documents/"
            + document.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
            + "-"
            + document.side().name().toLowerCase(Locale.ROOT);
    String extension = "." + document.type().extension();
    String name = base + extension;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n + extension;
    }
    return name;
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
