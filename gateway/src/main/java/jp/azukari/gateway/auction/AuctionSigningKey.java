package jp.azukari.gateway.auction;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The RSA key that signs hand-off tokens. Every gateway instance must sign with the same key, since
 * the auction system may meet a token of any of them: the key comes from configuration when one is
 * given, otherwise the first instance that needs it creates it and stores it in MongoDB under a
 * fixed id, and an instance that loses that race reads the winner's key.
 */
public class AuctionSigningKey {

  static final String COLLECTION = "auction_sso_keys";
  static final String ID = "signing-key";
  static final int KEY_SIZE = 2048;

  private final ReactiveMongoTemplate mongo;
  private final Clock clock;
  private final AtomicReference<RSAKey> key = new AtomicReference<>();

  /**
   * @param configured an RSA private key as a JWK (JSON), or {@code null}/blank to use the stored
   *     one
   */
  public AuctionSigningKey(ReactiveMongoTemplate mongo, Clock clock, String configured) {
    this.mongo = mongo;
    this.clock = clock;
    if (configured != null && !configured.isBlank()) {
      key.set(parse(configured, "azukari.gateway.auction.signing-key"));
    }
  }

  /** The private key to sign with. */
  public Mono<RSAKey> privateKey() {
    RSAKey known = key.get();
    if (known != null) {
      return Mono.just(known);
    }
    return stored()
        .switchIfEmpty(Mono.defer(this::createOnce))
        .doOnNext(loaded -> key.compareAndSet(null, loaded));
  }

  /** The public half, as published in the JWK set. */
  public Mono<RSAKey> publicKey() {
    return privateKey().map(RSAKey::toPublicJWK);
  }

  private Mono<RSAKey> stored() {
    return mongo
        .findById(ID, Document.class, COLLECTION)
        .map(document -> parse(document.getString("jwk"), "the stored signing key"));
  }

  private Mono<RSAKey> createOnce() {
    return Mono.fromCallable(AuctionSigningKey::generate)
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            created ->
                mongo
                    .insert(
                        new Document("_id", ID)
                            .append("jwk", created.toJSONString())
                            .append("createdAt", Date.from(clock.instant())),
                        COLLECTION)
                    .thenReturn(created)
                    // Another instance stored its key first: everyone signs with that one.
                    .onErrorResume(DuplicateKeyException.class, lost -> stored()));
  }

  static RSAKey generate() throws JOSEException {
    return new RSAKeyGenerator(KEY_SIZE)
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .keyIDFromThumbprint(true)
        .generate();
  }

  private static RSAKey parse(String json, String source) {
    try {
      if (!(JWK.parse(json) instanceof RSAKey rsa) || !rsa.isPrivate()) {
        throw new IllegalStateException(source + " must be an RSA private key in JWK form");
      }
      if (rsa.size() < KEY_SIZE) {
        throw new IllegalStateException(source + " must have at least " + KEY_SIZE + " bits");
      }
      if (rsa.getKeyID() != null) {
        return rsa;
      }
      return new RSAKey.Builder(rsa)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .keyIDFromThumbprint()
          .build();
    } catch (ParseException | JOSEException e) {
      // Neither the message nor the cause: either might quote part of the secret.
      throw new IllegalStateException(source + " is not a valid RSA JWK");
    }
  }
}
