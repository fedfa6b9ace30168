package jp.azukari.item.photo;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Item photo bytes in MongoDB GridFS. Files are named by the photo's generated id, never by
 * anything a client sent, and no file system path is involved.
 */
@Component
class PhotoContentStore {

  private final GridFsTemplate gridFs;

  PhotoContentStore(GridFsTemplate gridFs) {
    this.gridFs = gridFs;
  }

  /**
   * Streams the content into GridFS, counting it on the way. Stops reading as soon as the content
   * is longer than {@code maxBytes}; then nothing is kept.
   *
   * @return the GridFS file id and the number of bytes stored
   * @throws ContentTooLargeException when the content is longer than {@code maxBytes}
   */
  Stored store(
      InputStream content, long maxBytes, String photoId, PhotoType type, Document metadata) {
    var limited = new LimitedInputStream(content, maxBytes);
    ObjectId id;
    try {
      id = gridFs.store(limited, photoId + "." + type.extension(), type.mediaType(), metadata);
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
    return new Stored(id.toHexString(), limited.count());
  }

  /** The stored content, or {@code null} when it is gone. */
  GridFsResource open(String fileId) {
    if (fileId == null) {
      return null;
    }
    GridFSFile file = gridFs.findOne(byId(fileId));
    return file == null ? null : gridFs.getResource(file);
  }

  void delete(String fileId) {
    if (fileId != null) {
      gridFs.delete(byId(fileId));
    }
  }

  /** Deletes every stored photo of an item, including any left behind by an interrupted upload. */
  void deleteAllOf(String itemId) {
    gridFs.delete(Query.query(Criteria.where("metadata.itemId").is(itemId)));
  }

  private static Query byId(String fileId) {
    return Query.query(Criteria.where("_id").is(new ObjectId(fileId)));
  }

  /** Bytes stored: the GridFS file id and their number. */
  record Stored(String fileId, long size) {}

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
