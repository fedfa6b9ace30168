package jp.azukari.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import jp.azukari.contracts.EventEnvelope;
import jp.azukari.platform.security.CurrentActor;
import jp.azukari.platform.testapp.ParcelEvents.ParcelReceived;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client address travels with the actor into every envelope a request causes: the last hop of
 * the forwarded header (the gateway's), never the addresses a client wrote before it; work outside
 * a request has none.
 */
class ClientAddressCaptureTest {

  final JsonMapper json = JsonMapper.builder().build();
  final EventEnvelopes envelopes =
      new EventEnvelopes(
          json,
          new CurrentActor("parcel-service"),
          new EventsProperties("/parcel-service", "parcel.events", 1, (short) 1, null, 1, null),
          Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneOffset.UTC));

  @AfterEach
  void leaveTheRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  static void serving(String forwardedFor, String peer) {
    var request = new MockHttpServletRequest("POST", "/api/parcels");
    request.setRemoteAddr(peer);
    if (forwardedFor != null) {
      request.addHeader("X-Forwarded-For", forwardedFor);
    }
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
  }

  @Test
  void takesTheAddressTheGatewaySawIntoTheEnvelope() {
    serving("203.0.113.7", "10.0.0.5");

    var envelope = envelopes.wrap(new ParcelReceived("parcel-1", "box"));

    assertThat(envelope.clientaddress()).isEqualTo("203.0.113.7");
    assertThat(envelopes.toJson(envelope)).contains("\"clientaddress\":\"203.0.113.7\"");
  }

  @Test
  void trustsOnlyTheLastHopOfTheForwardedHeader() {
    serving("6.6.6.6, 2001:db8::1", "10.0.0.5");

    assertThat(envelopes.wrap(new ParcelReceived("parcel-2", "box")).clientaddress())
        .isEqualTo("2001:db8::1");
  }

  @Test
  void fallsBackToThePeerWhenTheLastHopIsNoAddress() {
    serving("203.0.113.7, <script>", "10.0.0.5");

    assertThat(envelopes.wrap(new ParcelReceived("parcel-3", "box")).clientaddress())
        .isEqualTo("10.0.0.5");
  }

  @Test
  void workOutsideARequestHasNoClientAddressAndTheJsonLeavesItOut() {
    var envelope = envelopes.wrap(new ParcelReceived("parcel-4", "box"));

    assertThat(envelope.clientaddress()).isNull();
    assertThat(envelopes.toJson(envelope)).doesNotContain("clientaddress");
  }

  @Test
  void readsEnvelopesWithAndWithoutTheExtension() {
    serving("198.51.100.20", "10.0.0.5");
    var withAddress = envelopes.wrap(new ParcelReceived("parcel-5", "box"));
    RequestContextHolder.resetRequestAttributes();
    var without = envelopes.wrap(new ParcelReceived("parcel-6", "box"));

    EventEnvelope read = envelopes.fromJson(envelopes.toJson(withAddress));
    EventEnvelope readWithout = envelopes.fromJson(envelopes.toJson(without));

    assertThat(read.clientaddress()).isEqualTo("198.51.100.20");
    assertThat(read.data()).containsEntry("parcelId", "parcel-5");
    assertThat(readWithout.clientaddress()).isNull();
  }
}
