package jp.azukari.inquiry.mail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import jp.azukari.platform.upload.ContentTooLargeException;
import jp.azukari.platform.upload.FileType;
import jp.azukari.platform.upload.GridFsContentStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the attachments of customer mails in GridFS when their first bytes prove an allowed type
 * (images and PDF, {@link FileType}; never by the name or declared type) and they are not larger
 * than the limit; the others are refused and not stored at all. The same part of a mail handed over
 * again (after a crash before it was marked done) finds the file kept the first time.
 */
@Component
class MailAttachments implements MimeMailReader.AttachmentSink {

  static final String TOO_LARGE = "too-large";
  static final String TYPE_NOT_ALLOWED = "type-not-allowed";
  private static final Set<FileType> ALLOWED = EnumSet.allOf(FileType.class);

  private final GridFsContentStore content;
  private final GridFsTemplate gridFs;
  private final MailboxProperties properties;

  MailAttachments(GridFsContentStore content, GridFsTemplate gridFs, MailboxProperties properties) {
    this.content = content;
    this.gridFs = gridFs;
    this.properties = properties;
  }

  @Override
  public Object accept(
      String messageId, int part, String fileName, String declaredType, InputStream in)
      throws IOException {
    var buffered = new BufferedInputStream(in);
    var type = FileType.sniff(buffered, ALLOWED);
    if (type.isEmpty()) {
      return new InboundMail.RefusedAttachment(fileName, declaredType, TYPE_NOT_ALLOWED);
    }
    var earlier =
        gridFs.findOne(
            Query.query(
                Criteria.where("metadata.messageId").is(messageId).and("metadata.part").is(part)));
    if (earlier != null) {
      return new InboundMail.Attachment(
          earlier.getObjectId().toHexString(),
          fileName,
          type.get().mediaType(),
          earlier.getLength());
    }
    var metadata =
        new Document("kind", "inquiry-mail")
            .append("messageId", messageId)
            .append("part", part)
            .append("fileName", fileName);
    try {
      var stored =
          content.store(
              buffered,
              properties.maxAttachmentSize().toBytes(),
              UUID.randomUUID().toString(),
              type.get(),
              metadata);
      return new InboundMail.Attachment(
          stored.fileId(), fileName, stored.type().mediaType(), stored.size());
    } catch (ContentTooLargeException tooLarge) {
      return new InboundMail.RefusedAttachment(fileName, declaredType, TOO_LARGE);
    }
  }
}
