package jp.azukari.member.profile;

import static jp.azukari.member.profile.MemberApi.ACCOUNT_AS_TYPED;
import static jp.azukari.member.profile.MemberApi.HANAKO_AS_TYPED;
import static jp.azukari.member.profile.MemberApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.azukari.member.profile.MemberApi.Someone;
import jp.azukari.testsupport.ServiceTest;
import jp.azukari.testsupport.TestHttp;
import jp.azukari.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member reaches only their own record, whatever id they put in a path, query, header or body.
 */
@ServiceTest
class MemberIsolationTest {

  @LocalServerPort int port;

  MemberApi api;
  Someone hanako;
  Someone taro;
  String taroBefore;

  @BeforeEach
  void setUp() {
    api = new MemberApi(TestHttp.on(port));
    hanako = Someone.newMember();
    taro = Someone.newMember();
    api.changeProfile(taro.token(), 0, HANAKO_AS_TYPED.replace("花子", "太郎"));
    api.changePayoutAccount(taro.token(), 1, ACCOUNT_AS_TYPED);
    taroBefore = taroAsStaffSeeIt();
  }

  String taroAsStaffSeeIt() {
    return api.member(taro.id(), TestIssuer.staff()).body();
  }

  @Test
  void aMemberCannotReadAnotherMembersRecordByItsId() {
    var response = api.member(taro.id(), hanako.token());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("太郎").doesNotContain("****321");
  }

  @Test
  void aMemberCannotUseTheStaffEndpointEvenForTheirOwnRecord() {
    api.ownRecord(hanako.token());

    assertThat(api.member(hanako.id(), hanako.token()).statusCode()).isEqualTo(403);
  }

  @Test
  void idsInTheQueryOrHeadersAreIgnoredAndTheTokensSubjectDecides() {
    var byQuery = api.http().get("/api/members/me?id=" + taro.id(), hanako.token());
    var byHeader =
        api.http()
            .send("GET", "/api/members/me", hanako.token(), null, Map.of("X-Member-Id", taro.id()));

    assertThat(json(byQuery).get("id").asString()).isEqualTo(hanako.id());
    assertThat(json(byHeader).get("id").asString()).isEqualTo(hanako.id());
    assertThat(byQuery.body()).doesNotContain("太郎");
  }

  @Test
  void anIdInTheBodyOfAnEditChangesOnlyTheSendersOwnRecord() {
    String body =
        HANAKO_AS_TYPED.replaceFirst(
            "\\{", "{\"id\":\"" + taro.id() + "\",\"memberId\":\"" + taro.id() + "\",");

    var response = api.changeProfile(hanako.token(), api.version(hanako.token()), body);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("id").asString()).isEqualTo(hanako.id());
    assertThat(json(api.ownRecord(hanako.token())).get("profile").get("givenName").asString())
        .isEqualTo("花子");
    assertThat(taroAsStaffSeeIt()).isEqualTo(taroBefore);
  }

  @Test
  void thereIsNoWayToEditAnotherMembersRecordByItsId() {
    for (String path :
        new String[] {
          "/api/members/" + taro.id() + "/profile", "/api/members/" + taro.id() + "/payout-account"
        }) {
      var response =
          api.http()
              .send("PUT", path, hanako.token(), ACCOUNT_AS_TYPED, Map.of("If-Match", "\"2\""));
      assertThat(response.statusCode()).as(path).isBetween(400, 499);
    }
    var putById =
        api.http()
            .send(
                "PUT",
                "/api/members/" + taro.id(),
                hanako.token(),
                HANAKO_AS_TYPED,
                Map.of("If-Match", "\"2\""));

    assertThat(putById.statusCode()).isBetween(400, 499);
    assertThat(taroAsStaffSeeIt()).isEqualTo(taroBefore);
  }
}
