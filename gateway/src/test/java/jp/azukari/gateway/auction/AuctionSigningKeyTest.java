package jp.azukari.gateway.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class AuctionSigningKeyTest {

  @Test
  void aConfiguredKeyIsUsedAndOnlyItsPublicHalfIsPublished() throws Exception {
    RSAKey configured = AuctionSigningKey.generate();

    var key = new AuctionSigningKey(null, Clock.systemUTC(), configured.toJSONString());

    assertThat(key.privateKey().block()).isEqualTo(configured);
    RSAKey published = key.publicKey().block();
    assertThat(published.isPrivate()).isFalse();
    assertThat(published.getKeyID()).isEqualTo(configured.getKeyID());
  }

  @Test
  void aConfiguredKeyWithoutKeyIdGetsItsThumbprint() throws Exception {
    RSAKey generated = AuctionSigningKey.generate();
    String withoutKid = new RSAKey.Builder(generated).keyID(null).build().toJSONString();

    var key = new AuctionSigningKey(null, Clock.systemUTC(), withoutKid);

    assertThat(key.privateKey().block().getKeyID())
        .isEqualTo(generated.computeThumbprint().toString());
  }

  @Test
  void aPublicKeyOrSomethingElseIsRefusedWithoutQuotingIt() throws Exception {
    String publicOnly = AuctionSigningKey.generate().toPublicJWK().toJSONString();

    assertThatThrownBy(() -> new AuctionSigningKey(null, Clock.systemUTC(), publicOnly))
        .hasMessageContaining("RSA private key");
    assertThatThrownBy(() -> new AuctionSigningKey(null, Clock.systemUTC(), "{\"secret\":"))
        .hasMessageNotContaining("secret")
        .hasNoCause();
  }
}
