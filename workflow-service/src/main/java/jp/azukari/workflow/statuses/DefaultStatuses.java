package jp.azukari.workflow.statuses;

import java.util.ArrayList;
import java.util.List;

/**
 * The statuses and transitions the product ships with, seeded for each request type the first time
 * the service meets an empty database. Admins change them afterwards.
 *
 * <p>{@code KIT}: KIT_REQUESTED (initial) → KIT_REQUEST_CONFIRMED → KIT_SENT (kit with the member,
 * 14 days) → ITEMS_RECEIVED → INSPECTED → LISTED (verified member) → SOLD → PAID_OUT (verified
 * member, terminal); CANCELLED (terminal) before the items are received, RETURNED (terminal) from
 * ITEMS_RECEIVED to LISTED. {@code WALK_IN} starts at ITEMS_RECEIVED.
 */
final class DefaultStatuses {

  static final String KIT_REQUESTED = "KIT_REQUESTED";
  static final String KIT_REQUEST_CONFIRMED = "KIT_REQUEST_CONFIRMED";
  static final String KIT_SENT = "KIT_SENT";
  static final String ITEMS_RECEIVED = "ITEMS_RECEIVED";
  static final String INSPECTED = "INSPECTED";
  static final String LISTED = "LISTED";
  static final String SOLD = "SOLD";
  static final String PAID_OUT = "PAID_OUT";
  static final String CANCELLED = "CANCELLED";
  static final String RETURNED = "RETURNED";

  private DefaultStatuses() {}

  static List<StatusDef> statuses(RequestType type) {
    var statuses = new ArrayList<StatusDef>();
    if (type == RequestType.KIT) {
      statuses.add(
          status(KIT_REQUESTED, 10, "キット申込", "Kit requested", "キットのお申し込みを受け付けました")
              .en("Kit request received")
              .colors("#e7f5ff", "#1864ab")
              .initial()
              .hours(24)
              .build());
      statuses.add(
          status(KIT_REQUEST_CONFIRMED, 20, "申込確認済み", "Kit request confirmed", "お申し込みを確認しました")
              .en("Request confirmed")
              .colors("#d0ebff", "#1864ab")
              .mail()
              .hours(48)
              .build());
      statuses.add(
          status(KIT_SENT, 30, "キット発送済み", "Kit sent", "キットを発送しました")
              .en("Kit on its way to you")
              .colors("#fff3bf", "#5c4400")
              .mail()
              .hours(14 * 24)
              .kitWithMember()
              .build());
    }
    statuses.add(
        status(ITEMS_RECEIVED, 40, "商品到着", "Items received", "お品物が到着しました")
            .en("Items arrived")
            .colors("#d3f9d8", "#2b8a3e")
            .mail()
            .hours(72)
            .itemsReceived()
            .initialIf(type == RequestType.WALK_IN)
            .build());
    statuses.add(
        status(INSPECTED, 50, "検品済み", "Inspected", "検品が完了しました")
            .en("Inspection done")
            .colors("#c3fae8", "#087f5b")
            .hours(7 * 24)
            .build());
    statuses.add(
        status(LISTED, 60, "出品中", "Listed", "オークションに出品中です")
            .en("Listed at auction")
            .colors("#e5dbff", "#5f3dc4")
            .mail()
            .verifiedMember()
            .build());
    statuses.add(
        status(SOLD, 70, "落札", "Sold", "落札されました")
            .en("Sold")
            .colors("#ffe8cc", "#d9480f")
            .mail()
            .hours(7 * 24)
            .build());
    statuses.add(
        status(PAID_OUT, 80, "支払済み", "Paid out", "お支払いが完了しました")
            .en("Paid out")
            .colors("#2b8a3e", "#ffffff")
            .mail()
            .verifiedMember()
            .terminal()
            .build());
    if (type == RequestType.KIT) {
      statuses.add(
          status(CANCELLED, 90, "キャンセル", "Cancelled", "キャンセルされました")
              .en("Cancelled")
              .colors("#f1f3f5", "#495057")
              .mail()
              .terminal()
              .build());
    }
    statuses.add(
        status(RETURNED, 100, "返送済み", "Returned", "お品物を返送しました")
            .en("Items sent back to you")
            .colors("#ffe3e3", "#c92a2a")
            .mail()
            .terminal()
            .build());
    return List.copyOf(statuses);
  }

  static List<Transition> transitions(RequestType type) {
    var transitions = new ArrayList<Transition>();
    if (type == RequestType.KIT) {
      transitions.add(new Transition(KIT_REQUESTED, KIT_REQUEST_CONFIRMED));
      transitions.add(new Transition(KIT_REQUESTED, CANCELLED));
      transitions.add(new Transition(KIT_REQUEST_CONFIRMED, KIT_SENT));
      transitions.add(new Transition(KIT_REQUEST_CONFIRMED, CANCELLED));
      transitions.add(new Transition(KIT_SENT, ITEMS_RECEIVED));
      transitions.add(new Transition(KIT_SENT, CANCELLED));
    }
    transitions.add(new Transition(ITEMS_RECEIVED, INSPECTED));
    transitions.add(new Transition(ITEMS_RECEIVED, RETURNED));
    transitions.add(new Transition(INSPECTED, LISTED));
    transitions.add(new Transition(INSPECTED, RETURNED));
    transitions.add(new Transition(LISTED, SOLD));
    transitions.add(new Transition(LISTED, RETURNED));
    transitions.add(new Transition(SOLD, PAID_OUT));
    return List.copyOf(transitions);
  }

  private static Builder status(
      String code, int order, String nameJa, String nameEn, String memberLabelJa) {
    return new Builder(code, order, nameJa, nameEn, memberLabelJa);
  }

  private static final class Builder {

    private final String code;
    private final int order;
    private final String nameJa;
    private final String nameEn;
    private final String memberLabelJa;
    private String memberLabelEn;
    private String background;
    private String text;
    private boolean initial;
    private boolean terminal;
    private boolean mailOnEntry;
    private Integer timeLimitHours;
    private boolean kitWithMember;
    private boolean itemsReceived;
    private boolean requiresVerifiedMember;

    Builder(String code, int order, String nameJa, String nameEn, String memberLabelJa) {
      this.code = code;
      this.order = order;
      this.nameJa = nameJa;
      this.nameEn = nameEn;
      this.memberLabelJa = memberLabelJa;
    }

    Builder en(String memberLabel) {
      this.memberLabelEn = memberLabel;
      return this;
    }

    Builder colors(String background, String text) {
      this.background = background;
      this.text = text;
      return this;
    }

    Builder initial() {
      return initialIf(true);
    }

    Builder initialIf(boolean initial) {
      this.initial = initial;
      return this;
    }

    Builder terminal() {
      this.terminal = true;
      return this;
    }

    Builder mail() {
      this.mailOnEntry = true;
      return this;
    }

    Builder hours(int hours) {
      this.timeLimitHours = hours;
      return this;
    }

    Builder kitWithMember() {
      this.kitWithMember = true;
      return this;
    }

    Builder itemsReceived() {
      this.itemsReceived = true;
      return this;
    }

    Builder verifiedMember() {
      this.requiresVerifiedMember = true;
      return this;
    }

    StatusDef build() {
      return new StatusDef(
          code,
          new TranslatedText(nameJa, nameEn),
          new TranslatedText(memberLabelJa, memberLabelEn),
          order,
          new StatusColor(background, text),
          initial,
          terminal,
          false,
          mailOnEntry,
          mailOnEntry ? StatusDef.DEFAULT_MAIL_TEMPLATE : null,
          timeLimitHours,
          kitWithMember,
          itemsReceived,
          requiresVerifiedMember);
    }
  }
}
