package jp.azukari.platform.upload;

import com.mongodb.client.gridfs.model.GridFSFile;
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

/**
 * Uploaded bytes in MongoDB GridFS. Files are named by an id the service generated, never by
 * anything a client sent, and no file system path is involved. What the bytes belong to is in their
 * metadata, which the service chooses.
 */
public class GridFsContentStore {

  private final GridFsTemplate gridFs;

  public GridFsContentStore(GridFsTemplate gridFs) {
    this.gridFs = gridFs;
  }

  /**
   * Streams the content into GridFS as {@code <id>.<extension>}, counting and hashing it on the
   * way. Stops reading as soon as the content is longer than {@code maxBytes}; then nothing is
   * kept.
   *
   * @throws ContentTooLargeException when the content is longer than {@code maxBytes}
   */
  public StoredFile store(
      InputStream content, long maxBytes, String id, FileType type, Document metadata) {
    var limited = new LimitedInputStream(content, maxBytes);
    var digesting = new DigestInputStream(limited, sha256());
    ObjectId fileId;
    try {
      fileId = gridFs.store(digesting, id + "." + type.extension(), type.mediaType(), metadata);
    } catch (RuntimeException e) {
      // GridFS removes the chunks of an upload whose stream failed; only our reason matters.
      if (limited.exceeded()) {
        throw new ContentTooLargeException(maxBytes);
      }
      throw e;
    }
    if (limited.exceeded()) {
      delete(fileId.toHexString());
      throw new ContentTooLargeException(maxBytes);
    }
    String hash = HexFormat.of().formatHex(digesting.getMessageDigest().digest());
    return new StoredFile(fileId.toHexString(), type, limited.count(), hash);
  }

  /** The stored content, or {@code null} when it is gone. */
  public GridFsResource open(String fileId) {
    if (fileId == null) {
      return null;
    }
    GridFSFile file = gridFs.findOne(byId(fileId));
    return file == null ? null : gridFs.getResource(file);
  }

  public void delete(String fileId) {
    if (fileId != null) {
      gridFs.delete(byId(fileId));
    }
  }

  /**
   * Deletes every stored file whose metadata has this value under this key, including any left
   * behind by an interrupted upload.
   *
   * @return how many files there were
   */
  public int deleteAllWith(String metadataKey, String value) {
    Query query = Query.query(Criteria.where("metadata." + metadataKey).is(value));
    int count = 0;
    for (GridFSFile ignored : gridFs.find(query)) {
      count++;
    }
    gridFs.delete(query);
    return count;
  }

  private static Query byId(String fileId) {
    return Query.query(Criteria.where("_id").is(new ObjectId(fileId)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
