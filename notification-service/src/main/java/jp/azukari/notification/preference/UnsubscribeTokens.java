package jp.azukari.notification.preference;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The token in every newsletter's unsubscribe link: the member id and an HMAC-SHA256 of it under a
 * secret of the service, so the link works without a login and cannot be made for another member.
 * It does not expire: an old newsletter's link still unsubscribes, as members expect.
 */
@Component
public class UnsubscribeTokens {

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final byte[] secret;

  UnsubscribeTokens(@Value("${azukari.newsletter.unsubscribe-secret}") String secret) {
    if (secret == null || secret.length() < 16) {
      throw new IllegalStateException("azukari.newsletter.unsubscribe-secret is too short");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** The token for the member's links. */
  public String token(String memberId) {
    byte[] id = memberId.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(mac(id));
  }

  /** The member a token was made for, empty when it was not made by this service. */
  Optional<String> memberId(String token) {
    if (token == null || token.length() > 512) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      byte[] id = DECODER.decode(token.substring(0, dot));
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      return MessageDigest.isEqual(mac(id), signature)
          ? Optional.of(new String(id, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private byte[] mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
