package jp.azukari.workflow.statuses;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** 申込の種類: the kinds of consignment request, each with its own statuses and transitions. */
public enum RequestType {
  /**
   * 宅配キット委託: the shop sends a delivery kit, the member sends the items back in it. Started by the
   * member on the web, or by staff for a phone application.
   */
  KIT(new TranslatedText("宅配キット委託", "Delivery-kit consignment")),
  /** 店頭持ち込み委託: the member brings the items to the shop; staff start it. */
  WALK_IN(new TranslatedText("店頭持ち込み委託", "Walk-in consignment"));

  private final TranslatedText label;

  RequestType(TranslatedText label) {
    this.label = label;
  }

  public TranslatedText label() {
    return label;
  }

  /** The type of this name, in any letter case; empty when there is none. */
  public static Optional<RequestType> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(type -> type.name().equals(wanted)).findFirst();
  }
}
