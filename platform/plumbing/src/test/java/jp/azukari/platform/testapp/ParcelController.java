package jp.azukari.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff receive parcels (with a token), anybody may drop one off (a public path), and every scan is
 * a separate write.
 */
@RestController
@RequestMapping("/api/parcels")
class ParcelController {

  private final ParcelRepository parcels;

  ParcelController(ParcelRepository parcels) {
    this.parcels = parcels;
  }

  /**
   * @param scans how many scans to record in the same write as the reception
   */
  record ReceiveParcel(@NotBlank String label, @Min(0) @Max(50) int scans) {}

  record ScanParcel(@NotBlank String place) {}

  record ParcelCreated(String id) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ParcelCreated receive(@Valid @RequestBody ReceiveParcel request) {
    var parcel = Parcel.receive(request.label());
    for (int i = 0; i < request.scans(); i++) {
      parcel.scan("counter");
    }
    return new ParcelCreated(parcels.insert(parcel).id());
  }

  @PostMapping("/drop-off")
  @ResponseStatus(HttpStatus.CREATED)
  ParcelCreated dropOff(@Valid @RequestBody ReceiveParcel request) {
    return receive(request);
  }

  @PostMapping("/{id}/scans")
  @ResponseStatus(HttpStatus.CREATED)
  ParcelCreated scan(@PathVariable String id, @Valid @RequestBody ScanParcel request) {
    var parcel =
        parcels.findById(id).orElseThrow(() -> new IllegalArgumentException("No parcel " + id));
    parcel.scan(request.place());
    return new ParcelCreated(parcels.save(parcel).id());
  }
}
