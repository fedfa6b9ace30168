package jp.azukari.member.profile;

import java.util.List;
import jp.azukari.contracts.FieldChange;

/**
 * 振込先: the bank account sale proceeds are paid to. Always complete: a member gives all of it at
 * once. The account number never leaves the service in clear: screens and events see {@link
 * #maskedAccountNumber()}.
 */
public record PayoutAccount(
    String bankName,
    String branchName,
    AccountType accountType,
    String accountNumber,
    String holderKana) {

  /** Only the last three digits, e.g. {@code ****567}, whatever the number's length. */
  public static String mask(String accountNumber) {
    if (accountNumber == null) {
      return null;
    }
    return "****" + accountNumber.substring(Math.max(0, accountNumber.length() - 3));
  }

  public String maskedAccountNumber() {
    return mask(accountNumber);
  }

  /** The fields that differ from {@code before} (which may be absent), account number masked. */
  List<FieldChange> changesSince(PayoutAccount before) {
    PayoutAccount was = before == null ? new PayoutAccount(null, null, null, null, null) : before;
    return new FieldChanges()
        .compare("bankName", was.bankName, bankName)
        .compare("branchName", was.branchName, branchName)
        .compare("accountType", name(was.accountType), name(accountType))
        .compare(
            "accountNumber",
            was.accountNumber,
            accountNumber,
            was.maskedAccountNumber(),
            maskedAccountNumber())
        .compare("holderKana", was.holderKana, holderKana)
        .list();
  }

  private static String name(AccountType type) {
    return type == null ? null : type.name();
  }
}
