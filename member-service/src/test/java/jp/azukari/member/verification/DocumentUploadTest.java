package jp.azukari.member.verification;

import static jp.azukari.member.verification.DocumentsApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import jp.azukari.member.verification.DocumentsApi.Part;
import jp.azukari.member.verification.DocumentsApi.Someone;
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

/** Uploads are judged by their content, bounded in size, and a refused one leaves nothing. */
@ServiceTest
class DocumentUploadTest {

  static final long MAX = 10L * 1024 * 1024;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;

  DocumentsApi api;
  Someone hanako;

  @BeforeEach
  void setUp() {
    api = new DocumentsApi(TestHttp.on(port));
    hanako = Someone.newMember();
  }

  long storedFilesOf(Someone someone) {
    return mongo.count(
        Query.query(Criteria.where("metadata.memberId").is(someone.id())), "fs.files");
  }

  long documentRecordsOf(Someone someone) {
    return mongo.count(
        Query.query(Criteria.where("memberId").is(someone.id())), "identity_documents");
  }

  void assertNothingStoredFor(Someone someone) {
    assertThat(storedFilesOf(someone)).isZero();
    assertThat(documentRecordsOf(someone)).isZero();
    assertThat(json(api.ownDocuments(someone.token())).size()).isZero();
  }

  @Test
  void storesAJpegWithItsDetectedTypeSizeAndHash() throws Exception {
    var response = api.upload(hanako.token(), "DRIVING_LICENCE", "FRONT", Samples.JPEG);

    assertThat(response.statusCode()).isEqualTo(201);
    var document = json(response);
    assertThat(document.get("kind").asString()).isEqualTo("DRIVING_LICENCE");
    assertThat(document.get("side").asString()).isEqualTo("FRONT");
    assertThat(document.get("contentType").asString()).isEqualTo("image/jpeg");
    assertThat(document.get("size").asLong()).isEqualTo(Samples.JPEG.length);
    assertThat(document.get("sha256").asString())
        .isEqualTo(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Samples.JPEG)));
    assertThat(document.get("review").asString()).isEqualTo("PENDING");
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/api/members/me/documents/" + document.get("id").asString());
    assertThat(storedFilesOf(hanako)).isOne();
  }

  @Test
  void acceptsPngHeicAndPdfByTheirContent() {
    assertThat(api.upload(hanako.token(), "PASSPORT", "FRONT", Samples.PNG).statusCode())
        .isEqualTo(201);
    var heic = api.upload(hanako.token(), "RESIDENCE_CARD", "FRONT", Samples.HEIC);
    var pdf = api.upload(hanako.token(), "OTHER", "FRONT", Samples.PDF);

    assertThat(json(heic).get("contentType").asString()).isEqualTo("image/heic");
    assertThat(json(pdf).get("contentType").asString()).isEqualTo("application/pdf");
  }

  @Test
  void aPdfNamedAsAJpegIsStoredAndServedAsAPdf() {
    var response =
        api.upload(
            hanako.token(), "OTHER", "FRONT", Part.file("scan.jpg", "image/jpeg", Samples.PDF));

    assertThat(response.statusCode()).isEqualTo(201);
    String id = json(response).get("id").asString();
    var content = api.ownContent(hanako.token(), id);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(content.body()).isEqualTo(Samples.PDF);
  }

  @Test
  void refusesTextNamedAsAJpegAndStoresNothing() {
    var response =
        api.upload(
            hanako.token(),
            "DRIVING_LICENCE",
            "FRONT",
            Part.file("licence.jpg", "image/jpeg", Samples.TEXT));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response).get("code").asString()).isEqualTo("document.type");
    assertNothingStoredFor(hanako);
  }

  @Test
  void refusesAnEmptyFile() {
    var response = api.upload(hanako.token(), "PASSPORT", "FRONT", new byte[0]);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("code").asString()).isEqualTo("document.empty");
    assertNothingStoredFor(hanako);
  }

  @Test
  void refusesAFileOverTheLimitWithA413ProblemAndStoresNothing() {
    var response =
        api.upload(hanako.token(), "PASSPORT", "FRONT", Samples.jpegOfSize((int) MAX + 1));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertNothingStoredFor(hanako);
  }

  @Test
  void acceptsAFileOfExactlyTheLimit() {
    var response = api.upload(hanako.token(), "PASSPORT", "FRONT", Samples.jpegOfSize((int) MAX));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).get("size").asLong()).isEqualTo(MAX);
  }

  @Test
  void refusesAHugeUploadWithoutReadingItToTheEnd() throws Exception {
    long total = 200L * 1024 * 1024;
    var sent = new AtomicLong();
    byte[] head =
        ("--"
                + DocumentsApi.BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\n")
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
        HttpRequest.newBuilder(URI.create(api.http().baseUrl() + "/api/members/me/documents"))
            .header("Authorization", "Bearer " + hanako.token())
            .header("Content-Type", "multipart/form-data; boundary=" + DocumentsApi.BOUNDARY)
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> body), total))
            .build();

    Integer status;
    try {
      status = api.http().client().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    } catch (IOException closedWhileSending) {
      status = null;
    }

    assertThat(sent.get()).isLessThan(total / 4);
    if (status != null) {
      assertThat(status).isEqualTo(413);
    }
    assertNothingStoredFor(hanako);
  }

  @Test
  void refusesMalformedMultipartWithA400Problem() {
    byte[] broken =
        ("--" + DocumentsApi.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"")
            .getBytes(StandardCharsets.US_ASCII);

    var response = api.postMultipart(hanako.token(), broken);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertNothingStoredFor(hanako);
  }

  @Test
  void refusesAnUploadThatIsNotMultipartOrLacksTheFile() {
    var json =
        api.http().postJson("/api/members/me/documents", "{\"kind\":\"PASSPORT\"}", hanako.token());
    var withoutFile =
        api.postMultipart(
            hanako.token(),
            DocumentsApi.multipart(Part.field("kind", "PASSPORT"), Part.field("side", "FRONT")));

    assertThat(json.statusCode()).isBetween(400, 415);
    assertThat(withoutFile.statusCode()).isEqualTo(400);
    assertThat(json(withoutFile).get("errors").get(0).get("field").asString()).isEqualTo("file");
    assertNothingStoredFor(hanako);
  }

  @Test
  void refusesAnUnknownKindOrSideWithAFieldError() {
    var kind = api.upload(hanako.token(), "LIBRARY_CARD", "FRONT", Samples.JPEG);
    var side = api.upload(hanako.token(), "PASSPORT", "INSIDE", Samples.JPEG);

    assertThat(kind.statusCode()).isEqualTo(400);
    assertThat(json(kind).get("errors").get(0).get("code").asString()).isEqualTo("kind.choice");
    assertThat(side.statusCode()).isEqualTo(400);
    assertThat(json(side).get("errors").get(0).get("field").asString()).isEqualTo("side");
    assertNothingStoredFor(hanako);
  }

  @Test
  void contentIsServedInlineWithItsTypeNeverSniffedNorCached() {
    String id =
        json(api.upload(hanako.token(), "PASSPORT", "FRONT", Samples.PNG)).get("id").asString();

    var content = api.ownContent(hanako.token(), id);

    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(Samples.PNG);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline");
    assertThat(content.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(content.headers().firstValue("Cache-Control")).hasValue("private, no-store");
  }

  @Test
  void uploadingPutsTheVerificationUpForReview() {
    api.upload(hanako.token(), "MY_NUMBER_CARD", "FRONT", Samples.JPEG);

    var record = json(api.http().get("/api/members/me", hanako.token()));

    assertThat(record.get("verification").get("state").asString()).isEqualTo("PENDING");
  }

  @Test
  void aMemberDeletesAPendingDocumentAndItsContentIsGone() {
    String id =
        json(api.upload(hanako.token(), "PASSPORT", "FRONT", Samples.JPEG)).get("id").asString();

    var deleted = api.delete(hanako.token(), id);

    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(api.ownContent(hanako.token(), id).statusCode()).isEqualTo(404);
    assertThat(storedFilesOf(hanako)).isZero();
    assertThat(json(api.ownDocuments(hanako.token())).size()).isZero();
    var record = json(api.http().get("/api/members/me", hanako.token()));
    assertThat(record.get("verification").get("state").asString()).isEqualTo("NOT_SUBMITTED");
  }
}
