package jp.azukari.item.photo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import jp.azukari.item.item.Item;
import jp.azukari.item.item.ItemRemoved;
import jp.azukari.item.item.Items;
import jp.azukari.item.item.Photo;
import jp.azukari.platform.upload.ContentTooLargeException;
import jp.azukari.platform.upload.FileType;
import jp.azukari.platform.upload.GridFsContentStore;
import jp.azukari.platform.upload.StoredFile;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of items: upload, content and deletion. Who may reach which item is decided by the caller
 * ({@link Items#ownItem} for members); this checks the photos themselves: a JPEG, PNG or HEIC by
 * their first bytes, read no further than the size limit, at most so many per item. A refused photo
 * leaves nothing behind.
 */
@Service
class ItemPhotos {

  private static final Logger log = LoggerFactory.getLogger(ItemPhotos.class);
  private static final int ATTEMPTS = 3;

  /** What a photo may be: the images phones take, no PDF. */
  static final Set<FileType> TYPES =
      Set.of(FileType.JPEG, FileType.PNG, FileType.HEIC, FileType.HEIF);

  private final Items items;
  private final GridFsContentStore store;
  private final PhotoProperties properties;

  ItemPhotos(Items items, GridFsContentStore store, PhotoProperties properties) {
    this.items = items;
    this.store = store;
    this.properties = properties;
  }

  Photo upload(Item item, MultipartFile file, String uploadedBy) {
    if (file == null) {
      throw PhotoProblems.missing();
    }
    if (file.isEmpty()) {
      throw PhotoProblems.empty();
    }
    long maxBytes = properties.maxSize().toBytes();
    if (file.getSize() > maxBytes) {
      throw PhotoProblems.tooLarge(properties);
    }
    if (item.photos().size() >= properties.maxPerItem()) {
      throw PhotoProblems.tooMany(properties);
    }
    String photoId = UUID.randomUUID().toString();
    StoredFile stored;
    try (InputStream in = new BufferedInputStream(file.getInputStream())) {
      FileType type = FileType.sniff(in, TYPES).orElseThrow(PhotoProblems::notAPhoto);
      var metadata =
          new Document("itemId", item.id())
              .append("memberId", item.memberId())
              .append("photoId", photoId);
      stored = store.store(in, maxBytes, photoId, type, metadata);
    } catch (ContentTooLargeException e) {
      throw PhotoProblems.tooLarge(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var photo =
        new Photo(
            photoId,
            stored.fileId(),
            stored.type().mediaType(),
            stored.size(),
            uploadedBy,
            items.now());
    try {
      changeItem(
          item.id(),
          fresh -> {
            if (fresh.photos().size() >= properties.maxPerItem()) {
              throw PhotoProblems.tooMany(properties);
            }
            fresh.addPhoto(photo, photo.at());
            return true;
          });
    } catch (RuntimeException e) {
      store.delete(stored.fileId());
      throw e;
    }
    log.info("Photo {} added to item {}", photoId, item.number());
    return photo;
  }

  /** A photo of the item with its content; 404 when the item has no such photo. */
  PhotoContent content(Item item, String photoId) {
    Photo photo = item.photo(photoId).orElseThrow(PhotoProblems::notFound);
    GridFsResource resource = store.open(photo.fileId());
    if (resource == null) {
      throw PhotoProblems.notFound();
    }
    return new PhotoContent(photo, resource);
  }

  void delete(Item item, String photoId) {
    Photo photo = item.photo(photoId).orElseThrow(PhotoProblems::notFound);
    changeItem(
        item.id(),
        fresh -> {
          if (fresh.removePhoto(photoId, items.now()).isEmpty()) {
            throw PhotoProblems.notFound();
          }
          return true;
        });
    store.delete(photo.fileId());
    log.info("Photo {} deleted from item {}", photoId, item.number());
  }

  /** The content of a removed item's photos goes with it. */
  @EventListener
  void itemRemoved(ItemRemoved removed) {
    store.deleteAllWith("itemId", removed.itemId());
  }

  /**
   * Applies a change to a fresh copy of the item, again if someone changed it meanwhile: adding or
   * deleting a photo overwrites nobody's edit, so it needs no {@code If-Match}.
   */
  private void changeItem(String itemId, Function<Item, Boolean> change) {
    for (int attempt = 1; ; attempt++) {
      Item fresh = items.item(itemId);
      if (!change.apply(fresh)) {
        return;
      }
      try {
        items.save(fresh);
        return;
      } catch (OptimisticLockingFailureException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** A photo and its stored bytes. */
  record PhotoContent(Photo photo, GridFsResource resource) {}
}
