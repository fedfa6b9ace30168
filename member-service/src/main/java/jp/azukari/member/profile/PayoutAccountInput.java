package jp.azukari.member.profile;

import java.time.LocalDate;
import jp.azukari.member.japanese.AccountNumber;
import jp.azukari.member.japanese.Kana;
import jp.azukari.member.japanese.Text;

/**
 * The body of {@code PUT /api/members/me/payout-account}: the whole account, every field required.
 * The account number is typed in full every time (screens only ever see it masked), so a new bank
 * can never be combined with an old number by mistake.
 */
@ValidInput
record PayoutAccountInput(
    String bankName, String branchName, String accountType, String accountNumber, String holderKana)
    implements NormalizedInput<PayoutAccount> {

  static final int BANK_MAX = 50;

  @Override
  public PayoutAccount normalize(LocalDate today, FieldErrors errors) {
    return new PayoutAccount(
        errors.required("bankName", "the bank name", () -> Text.plain(bankName, BANK_MAX)),
        errors.required("branchName", "the branch name", () -> Text.plain(branchName, BANK_MAX)),
        errors.required("accountType", "the account type", () -> AccountType.parse(accountType)),
        errors.required(
            "accountNumber", "the account number", () -> AccountNumber.normalize(accountNumber)),
        errors.required(
            "holderKana", "the account holder kana", () -> Kana.accountHolder(holderKana)));
  }
}
