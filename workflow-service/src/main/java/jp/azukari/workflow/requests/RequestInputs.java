package jp.azukari.workflow.requests;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What clients send to the requests API, with the rules bean validation checks. */
final class RequestInputs {

  static final int MAX_NOTE = 1000;
  static final int MAX_BULK = 200;

  private RequestInputs() {}

  /** A member asks for delivery kits. */
  record MemberRequestInput(
      @NotNull @Pattern(regexp = "KIT", message = "Members ask for delivery kits (type KIT).")
          String type,
      @NotNull(message = "Say how many kits you need.")
          @Min(value = 1, message = "Ask for 1 to 5 kits.")
          @Max(value = 5, message = "Ask for 1 to 5 kits.")
          Integer kitCount,
      @Size(max = MAX_NOTE) String note) {}

  /** Staff start a request for a member who phoned or came to the shop. */
  record StaffRequestInput(
      @NotBlank String memberId,
      @NotNull @Pattern(regexp = "KIT|WALK_IN", message = "The type is KIT or WALK_IN.")
          String type,
      @NotNull @Pattern(regexp = "PHONE|WALK_IN", message = "The channel is PHONE or WALK_IN.")
          String channel,
      @Min(value = 0, message = "A kit request is for 1 to 5 kits.")
          @Max(value = 5, message = "A kit request is for 1 to 5 kits.")
          Integer kitCount,
      @Size(max = MAX_NOTE) String note) {}

  record TransitionInput(@NotBlank String to, @Size(max = MAX_NOTE) String comment) {}

  record BulkTransitionInput(
      @NotEmpty @Size(max = MAX_BULK) List<@NotBlank String> requestIds,
      @NotBlank String to,
      @Size(max = MAX_NOTE) String comment) {}

  record HoldInput(@NotBlank @Size(max = 500) String note) {}

  record MemberMailInput(@NotNull Boolean enabled) {}
}
