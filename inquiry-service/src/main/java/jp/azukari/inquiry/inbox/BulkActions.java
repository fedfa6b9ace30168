package jp.azukari.inquiry.inbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.azukari.contracts.inquiry.InquiryState;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Assign, label, unlabel or close many inquiries at once: each on its own, so a refusal of one does
 * not stop the others; each result says what happened.
 */
@Service
class BulkActions {

  record BulkProblem(String code, String detail) {}

  record BulkResult(String inquiryId, String number, boolean done, BulkProblem problem) {}

  record BulkResults(List<BulkResult> results) {}

  private final Inquiries inquiries;
  private final InquiryRepository repository;

  BulkActions(Inquiries inquiries, InquiryRepository repository) {
    this.inquiries = inquiries;
    this.repository = repository;
  }

  BulkResults apply(InboxInputs.BulkInput input) {
    switch (input.action()) {
      case LABEL, UNLABEL -> {
        if (input.label() == null || input.label().isBlank()) {
          throw InboxProblems.badRequest("label-invalid", "Name the label to add or remove.");
        }
        Inquiries.cleanLabels(List.of(input.label()));
      }
      case ASSIGN, CLOSE -> {}
    }
    var results = new ArrayList<BulkResult>();
    for (String id : new LinkedHashSet<>(input.inquiryIds().stream().map(String::strip).toList())) {
      results.add(one(id, input));
    }
    return new BulkResults(results);
  }

  private BulkResult one(String id, InboxInputs.BulkInput input) {
    String number = repository.findById(id).map(Inquiry::number).orElse(null);
    try {
      Inquiry inquiry =
          switch (input.action()) {
            case ASSIGN -> inquiries.assign(id, null, input.assigneeId());
            case LABEL -> inquiries.addLabel(id, input.label());
            case UNLABEL -> inquiries.removeLabel(id, input.label());
            case CLOSE -> inquiries.changeState(id, null, InquiryState.DONE, null);
          };
      return new BulkResult(id, inquiry.number(), true, null);
    } catch (InboxProblems.Refusal refusal) {
      return new BulkResult(id, number, false, new BulkProblem(refusal.code(), refusal.detail()));
    } catch (OptimisticLockingFailureException e) {
      return new BulkResult(
          id, number, false, new BulkProblem("concurrent-edit", "Changed meanwhile; try again."));
    } catch (ErrorResponseException e) {
      return new BulkResult(id, number, false, new BulkProblem("refused", e.getBody().getDetail()));
    }
  }
}
