package jp.azukari.member.changerequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.azukari.member.changerequest.ChangeRequest.RequestedField;
import jp.azukari.member.profile.PayoutAccount;

/** The payout account's fields by their API names, the account number always masked. */
final class PayoutFields {

  private PayoutFields() {}

  static List<RequestedField> changes(PayoutAccount current, PayoutAccount edited) {
    var was = current == null ? new PayoutAccount(null, null, null, null, null) : current;
    var fields = new ArrayList<RequestedField>();
    compare(fields, "bankName", was.bankName(), edited.bankName());
    compare(fields, "branchName", was.branchName(), edited.branchName());
    compare(fields, "accountType", name(was.accountType()), name(edited.accountType()));
    if (!Objects.equals(was.accountNumber(), edited.accountNumber())) {
      fields.add(
          new RequestedField(
              "accountNumber", was.maskedAccountNumber(), edited.maskedAccountNumber()));
    }
    compare(fields, "holderKana", was.holderKana(), edited.holderKana());
    return fields;
  }

  private static void compare(
      List<RequestedField> fields, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      fields.add(new RequestedField(field, before, after));
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
