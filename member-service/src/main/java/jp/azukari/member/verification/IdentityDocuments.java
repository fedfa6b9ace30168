package jp.azukari.member.verification;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import jp.azukari.member.profile.Member;
import jp.azukari.member.profile.Members;
import jp.azukari.member.profile.SignedInMember;
import jp.azukari.platform.upload.ContentTooLargeException;
import jp.azukari.platform.upload.FileType;
import jp.azukari.platform.upload.GridFsContentStore;
import jp.azukari.platform.upload.StoredFile;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Members' identity documents: upload, list, content and deletion. Members reach only their own
 * documents (the member id always comes from their token); staff reach any member's, and every look
 * of theirs at a document's content is recorded.
 */
@Service
class IdentityDocuments {

  private static final Logger log = LoggerFactory.getLogger(IdentityDocuments.class);
  private static final int MEMBER_UPDATE_ATTEMPTS = 3;

  /** What a document may be: a photo of it or a PDF. */
  static final Set<FileType> TYPES =
      Set.of(FileType.JPEG, FileType.PNG, FileType.HEIC, FileType.HEIF, FileType.PDF);

  private final IdentityDocumentRepository documents;
  private final DocumentViewingRepository viewings;
  private final GridFsContentStore store;
  private final Members members;
  private final MembersToVerify memberRecords;
  private final DocumentProperties properties;
  private final Clock clock;

  IdentityDocuments(
      IdentityDocumentRepository documents,
      DocumentViewingRepository viewings,
      GridFsContentStore store,
      Members members,
      MembersToVerify memberRecords,
      DocumentProperties properties,
      Clock clock) {
    this.documents = documents;
    this.viewings = viewings;
    this.store = store;
    this.members = members;
    this.memberRecords = memberRecords;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Stores one side of a document and puts the member's verification up for review. The content
   * must prove by its first bytes that it is a JPEG, PNG, HEIC/HEIF image or a PDF; it is read no
   * further than the size limit. A refused file leaves nothing behind.
   */
  DocumentSummary upload(
      SignedInMember who, DocumentKind kind, DocumentSide side, MultipartFile file) {
    Member member = members.ownRecord(who);
    if (file.isEmpty()) {
      throw Problems.of(
          HttpStatus.BAD_REQUEST, "document.empty", "The file is empty. Choose the photo again.");
    }
    long maxBytes = properties.maxSize().toBytes();
    if (file.getSize() > maxBytes) {
      throw Problems.tooLarge(properties);
    }
    String id = UUID.randomUUID().toString();
    StoredFile content;
    try (InputStream in = new BufferedInputStream(file.getInputStream())) {
      FileType type =
          FileType.sniff(in, TYPES)
              .orElseThrow(
                  () ->
                      Problems.of(
                          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                          "document.type",
                          "The file is not a photo (JPEG, PNG, HEIC) or a PDF."));
      var metadata =
          new Document("memberId", member.id())
              .append("documentId", id)
              .append("kind", kind.name())
              .append("side", side.name());
      content = store.store(in, maxBytes, id, type, metadata);
    } catch (ContentTooLargeException e) {
      throw Problems.tooLarge(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    IdentityDocument document;
    try {
      document =
          documents.insert(IdentityDocument.uploaded(id, member.id(), kind, side, content, now()));
    } catch (RuntimeException e) {
      store.delete(content.fileId());
      throw e;
    }
    log.info("Member {} uploaded identity document {} ({} {})", member.id(), id, kind, side);
    changeMember(member.id(), m -> m.submitForVerification(now()));
    return DocumentSummary.of(document);
  }

  /** The member's documents, oldest first; deleted ones are left out. */
  List<DocumentSummary> list(String memberId) {
    return documents.findByMemberIdAndDeletedAtIsNullOrderByUploadedAtAsc(memberId).stream()
        .map(DocumentSummary::of)
        .toList();
  }

  List<IdentityDocument> current(String memberId) {
    return documents.findByMemberIdAndDeletedAtIsNullOrderByUploadedAtAsc(memberId);
  }

  /** One of the signed-in member's own documents with its content; 404 for any other id. */
  DocumentContent ownContent(SignedInMember who, String documentId) {
    return content(who.id(), documentId);
  }

  /** Any member's document with its content, for staff; the look is recorded. */
  DocumentContent contentForStaff(String memberId, String documentId) {
    DocumentContent content = content(memberId, documentId);
    viewings.insert(DocumentViewing.of(content.document(), now()));
    return content;
  }

  /** Deletes one of the member's own documents while it waits for review. */
  void delete(SignedInMember who, String documentId) {
    IdentityDocument document =
        documents
            .findByIdAndMemberIdAndDeletedAtIsNull(documentId, who.id())
            .orElseThrow(Problems::notFound);
    if (!document.deletable()) {
      throw Problems.of(
          HttpStatus.CONFLICT,
          "document.reviewed",
          "This document has been reviewed already and can no longer be deleted.");
    }
    document.delete(now());
    documents.save(document);
    store.delete(document.contentId());
    if (documents.countByMemberIdAndDeletedAtIsNullAndReview(who.id(), ReviewState.PENDING) == 0) {
      changeMember(who.id(), m -> m.withdrawVerificationSubmission(now()));
    }
  }

  /** A verifier decided: the documents that waited for review get the decision's outcome. */
  void reviewed(String memberId, ReviewState outcome) {
    Instant now = now();
    for (IdentityDocument document : current(memberId)) {
      if (document.review() == ReviewState.PENDING) {
        document.reviewed(outcome, now);
        documents.save(document);
      }
    }
  }

  private DocumentContent content(String memberId, String documentId) {
    IdentityDocument document =
        documents
            .findByIdAndMemberIdAndDeletedAtIsNull(documentId, memberId)
            .orElseThrow(Problems::notFound);
    GridFsResource resource = store.open(document.contentId());
    if (resource == null) {
      throw Problems.notFound();
    }
    return new DocumentContent(document, resource);
  }

  /** Applies a change to the member, again on a fresh copy if someone changed them meanwhile. */
  private void changeMember(String memberId, Predicate<Member> change) {
    for (int attempt = 1; ; attempt++) {
      Member member = memberRecords.findById(memberId).orElseThrow();
      if (!change.test(member)) {
        return;
      }
      try {
        memberRecords.save(member);
        return;
      } catch (OptimisticLockingFailureException e) {
        if (attempt == MEMBER_UPDATE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** A document and its stored bytes. */
  record DocumentContent(IdentityDocument document, GridFsResource resource) {}
}
