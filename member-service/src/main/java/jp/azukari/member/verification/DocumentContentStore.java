package jp.azukari.member.verification;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Identity document bytes in MongoDB GridFS. Files are named by the document's generated id, never
 * by anything a client sent, and no file system path is involved.
 */
@Component
class DocumentContentStore {

  private final GridFsTemplate gridFs;

  DocumentContentStore(GridFsTemplate gridFs) {
    this.gridFs = gridFs;
  }

  /**
   * Streams the content into GridFS, counting and hashing it on the way. Stops reading as soon as
   * the content is longer than {@code maxBytes}; then nothing is kept.
   *
   * @throws ContentTooLargeException when the content is longer than {@code maxBytes}
   */
  StoredContent store(
      InputStream content, long maxBytes, String documentId, DocumentType type, Document metadata)
      throws IOException {
    var limited = new LimitedInputStream(content, maxBytes);
    var digesting = new DigestInputStream(limited, sha256());
    ObjectId id;
    try {
      id = gridFs.store(digesting, documentId + "." + type.extension(), type.mediaType(), metadata);
    } catch (RuntimeException e) {
      // GridFS removes the chunks of an upload whose stream failed; only our reason matters.
      if (limited.exceeded()) {
        throw new ContentTooLargeException(maxBytes);
      }
      throw e;
    }
    if (limited.exceeded()) {
      delete(id.toHexString());
      throw new ContentTooLargeException(maxBytes);
    }
    String hash = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    return new StoredContent(id.toHexString(), type, limited.count(), hash);
  }

  /** The stored content, or {@code null} when it is gone. */
  GridFsResource open(String contentId) {
    if (contentId == null) {
      return null;
    }
    GridFSFile file = gridFs.findOne(byId(contentId));
    return file == null ? null : gridFs.getResource(file);
  }

  void delete(String contentId) {
    if (contentId == null) {
      return;
    }
    gridFs.delete(byId(contentId));
  }

  /**
   * Deletes every stored file whose metadata names the member, including any left behind by an
   * interrupted upload.
   *
   * @return how many files there were
   */
  int deleteAllOf(String memberId) {
    Query ofMember = Query.query(Criteria.where("metadata.memberId").is(memberId));
    int count = 0;
    for (GridFSFile ignored : gridFs.find(ofMember)) {
      count++;
    }
    gridFs.delete(ofMember);
    return count;
  }

  private static Query byId(String contentId) {
    return Query.query(Criteria.where("_id").is(new ObjectId(contentId)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Content longer than allowed. */
  static final class ContentTooLargeException extends RuntimeException {
    ContentTooLargeException(long maxBytes) {
      super("Content longer than " + maxBytes + " bytes");
    }
  }

  /**
   * Reads at most {@code max + 1} bytes of the stream it wraps, then fails: enough to know the
   * content is too long without reading the rest of it.
   */
  static final class LimitedInputStream extends FilterInputStream {

    private final long max;
    private long count;
    private boolean exceeded;

    LimitedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      checkRoom();
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      checkRoom();
      int allowed = (int) Math.min(length, max + 1 - count);
      int n = super.read(buffer, offset, allowed);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    long count() {
      return count;
    }

    boolean exceeded() {
      return exceeded;
    }

    private void checkRoom() throws IOException {
      if (exceeded) {
        throw new IOException("Content longer than " + max + " bytes");
      }
    }

    private void counted(int n) throws IOException {
      count += n;
      if (count > max) {
        exceeded = true;
        throw new IOException("Content longer than " + max + " bytes");
      }
    }
  }
}
