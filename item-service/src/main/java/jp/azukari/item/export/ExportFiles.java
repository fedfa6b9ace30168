package jp.azukari.item.export;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Export files in GridFS (bucket {@value #BUCKET}), written as a stream while the export runs and
 * read as a stream on download, by any instance.
 */
final class ExportFiles {

  static final String BUCKET = "exports";

  private final GridFSBucket bucket;

  ExportFiles(MongoTemplate mongo) {
    this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
  }

  /** A new file; {@code abort()} it when the export fails, {@code close()} it when done. */
  GridFSUploadStream create(String fileName, String contentType) {
    return bucket.openUploadStream(
        fileName, new GridFSUploadOptions().metadata(new Document("contentType", contentType)));
  }

  GridFSDownloadStream open(String fileId) {
    return bucket.openDownloadStream(new ObjectId(fileId));
  }

  void delete(String fileId) {
    try {
      bucket.delete(new ObjectId(fileId));
    } catch (com.mongodb.MongoGridFSException alreadyGone) {
      // Deleted by another run of the clean-up; nothing left to do.
    }
  }
}
