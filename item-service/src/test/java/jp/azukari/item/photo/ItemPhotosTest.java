package jp.azukari.item.photo;

import static jp.azukari.item.ItemsApi.STAFF;
import static jp.azukari.item.ItemsApi.json;
import static jp.azukari.item.ItemsApi.photos;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import jp.azukari.contracts.ActorType;
import jp.azukari.item.ItemEvents;
import jp.azukari.item.ItemsApi;
import jp.azukari.item.ItemsApi.Someone;
import jp.azukari.item.member.MemberRecords;
import jp.azukari.item.request.RequestRecords;
import jp.azukari.platform.events.EventEnvelopes;
import jp.azukari.testsupport.Samples;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Photos are judged by their content, bounded in size and number, and reach only their member and
 * staff; a refused photo leaves nothing behind.
 */
@ServiceTest
class ItemPhotosTest {

  static final long MAX = 10L * 1024 * 1024;

  @LocalServerPort int port;
  @Autowired RequestRecords requests;
  @Autowired MemberRecords members;
  @Autowired MongoTemplate mongo;
  @Autowired EmbeddedKafkaBroker kafka;
  @Autowired EventEnvelopes envelopes;

  ItemsApi api;
  Someone hanako;
  String itemId;

  @BeforeEach
  void setUp() {
    api = new ItemsApi(TestHttp.on(port), requests, members);
    hanako = Someone.newMember();
    itemId =
        api.added(hanako.token(), api.openRequest(hanako).id(), "{\"name\":\"バッグ\"}")
            .get("id")
            .asString();
  }

  String own() {
    return photos(true, itemId);
  }

  long storedFiles() {
    return mongo.count(Query.query(Criteria.where("metadata.itemId").is(itemId)), "fs.files");
  }

  int photoCount() {
    return json(api.ownItem(hanako.token(), itemId)).get("photos").size();
  }

  void assertNothingStored() {
    assertThat(storedFiles()).isZero();
    assertThat(photoCount()).isZero();
  }

  @Test
  void aMemberAddsAPhotoFromThePhoneAndGetsItBackAsStored() {
    var response = api.upload(hanako.token(), own(), Samples.JPEG);

    assertThat(response.statusCode()).isEqualTo(201);
    var photo = json(response);
    String photoId = photo.get("id").asString();
    assertThat(photo.get("contentType").asString()).isEqualTo("image/jpeg");
    assertThat(photo.get("size").asLong()).isEqualTo(Samples.JPEG.length);
    assertThat(response.headers().firstValue("Location")).hasValue(own() + "/" + photoId);
    var content = api.photo(hanako.token(), own() + "/" + photoId);
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(Samples.JPEG);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    var item = json(api.item(STAFF, itemId));
    assertThat(item.get("photos").get(0).get("id").asString()).isEqualTo(photoId);
    assertThat(storedFiles()).isOne();
  }

  @Test
  void pngAndHeicAreAcceptedByTheirContentWhateverTheirName() {
    var png = api.upload(hanako.token(), own(), "IMG_0001.jpg", "image/jpeg", Samples.PNG);
    var heic =
        api.upload(
            hanako.token(), own(), "IMG_0002.HEIC", "application/octet-stream", Samples.HEIC);

    assertThat(json(png).get("contentType").asString()).isEqualTo("image/png");
    assertThat(json(heic).get("contentType").asString()).isEqualTo("image/heic");
  }

  @Test
  void somethingThatIsNoPhotoIsRefusedWhateverItsNameAndNothingIsStored() {
    var text = api.upload(hanako.token(), own(), "bag.jpg", "image/jpeg", Samples.TEXT);
    var pdf = api.upload(hanako.token(), own(), "bag.jpg", "image/jpeg", Samples.PDF);
    var empty = api.upload(hanako.token(), own(), new byte[0]);

    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(text.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(text).get("code").asString()).isEqualTo("photo.type");
    assertThat(pdf.statusCode()).isEqualTo(415);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertNothingStored();
  }

  @Test
  void aPhotoOverTheLimitIsRefusedWithA413AndNothingIsStored() {
    var response = api.upload(hanako.token(), own(), Samples.jpegOfSize((int) MAX + 1));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).get("code").asString()).isEqualTo("photo.tooLarge");
    assertNothingStored();
    assertThat(api.upload(hanako.token(), own(), Samples.jpegOfSize((int) MAX)).statusCode())
        .as("exactly the limit")
        .isEqualTo(201);
  }

  @Test
  void aHugeUploadIsRefusedWithoutBeingReadToTheEnd() {
    long total = 200L * 1024 * 1024;
    var sent = new AtomicLong();
    byte[] head =
        ("--azukari-test-boundary-7MA4YWxkTrZu0gW\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    InputStream body =
        new InputStream() {
          @Override
          public int read() {
            long n = sent.getAndIncrement();
            return n < head.length ? head[(int) n] : (n < total ? 0x55 : -1);
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
              int c = read();
              if (c < 0) {
                return n == 0 ? -1 : n;
              }
              b[off + n++] = (byte) c;
            }
            return n;
          }
        };
    var request =
        HttpRequest.newBuilder(URI.create(api.http().baseUrl() + own()))
            .header("Authorization", "Bearer " + hanako.token())
            .header(
                "Content-Type",
                "multipart/form-data; boundary=azukari-test-boundary-7MA4YWxkTrZu0gW")
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> body), total))
            .build();

    Integer status;
    try {
      status = api.http().client().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    } catch (IOException closedWhileSending) {
      status = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }

    assertThat(sent.get()).isLessThan(total / 4);
    if (status != null) {
      assertThat(status).isEqualTo(413);
    }
    assertNothingStored();
  }

  @Test
  void anItemHasAtMostTenPhotos() {
    for (int i = 0; i < 10; i++) {
      assertThat(api.upload(hanako.token(), own(), Samples.JPEG).statusCode()).isEqualTo(201);
    }

    var eleventh = api.upload(STAFF, photos(false, itemId), Samples.PNG);

    assertThat(eleventh.statusCode()).isEqualTo(409);
    assertThat(json(eleventh).get("code").asString()).isEqualTo("photo.tooMany");
    assertThat(storedFiles()).isEqualTo(10);
    assertThat(photoCount()).isEqualTo(10);
  }

  @Test
  void anotherMembersItemsPhotosDoNotExistForAMember() {
    String photoId = json(api.upload(hanako.token(), own(), Samples.JPEG)).get("id").asString();
    var taro = Someone.newMember();

    var upload = api.upload(taro.token(), own(), Samples.JPEG);
    var look = api.photo(taro.token(), own() + "/" + photoId);
    var deletion = api.deletePhoto(taro.token(), own() + "/" + photoId);
    var staffPath = api.photo(taro.token(), photos(false, itemId) + "/" + photoId);

    assertThat(upload.statusCode()).isEqualTo(404);
    assertThat(look.statusCode()).isEqualTo(404);
    assertThat(new String(look.body(), StandardCharsets.UTF_8)).doesNotContain("JFIF");
    assertThat(deletion.statusCode()).isEqualTo(404);
    assertThat(staffPath.statusCode()).isEqualTo(403);
    assertThat(storedFiles()).isOne();
    assertThat(api.photo(hanako.token(), own() + "/no-such-photo").statusCode()).isEqualTo(404);
  }

  @Test
  void staffViewAndDeleteAnyItemsPhotosAndBothAreAnnounced() {
    String photoId = json(api.upload(hanako.token(), own(), Samples.HEIC)).get("id").asString();
    String path = photos(false, itemId) + "/" + photoId;

    var content = api.photo(STAFF, path);
    var deletion = api.deletePhoto(STAFF, path);

    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(Samples.HEIC);
    assertThat(deletion.statusCode()).isEqualTo(204);
    assertThat(api.photo(hanako.token(), own() + "/" + photoId).statusCode()).isEqualTo(404);
    assertNothingStored();
    try (var events = new ItemEvents(kafka.getBrokersAsString(), envelopes)) {
      var added = events.await(itemId, "item.ItemPhotoAdded", 1).getFirst();
      assertThat(added.actortype()).isEqualTo(ActorType.MEMBER);
      assertThat(added.data())
          .containsEntry("photoId", photoId)
          .containsEntry("memberId", hanako.id())
          .containsEntry("contentType", "image/heic")
          .containsEntry("size", Samples.HEIC.length);
      var removed = events.await(itemId, "item.ItemPhotoRemoved", 1).getFirst();
      assertThat(removed.actortype()).isEqualTo(ActorType.STAFF);
      assertThat(removed.data()).containsEntry("photoId", photoId);
    }
  }

  @Test
  void aMembersPhotosGoWithTheItemTheyRemove() {
    api.upload(hanako.token(), own(), Samples.JPEG);
    api.upload(hanako.token(), own(), Samples.PNG);
    assertThat(storedFiles()).isEqualTo(2);

    assertThat(api.remove(hanako.token(), itemId).statusCode()).isEqualTo(204);

    assertThat(storedFiles()).isZero();
  }
}
