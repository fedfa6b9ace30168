package jp.azukari.workflow.statuses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.azukari.workflow.web.InvalidFields;

/**
 * Checks a configuration an admin sends before anything is stored: every problem is reported at
 * once as a field error ({@code statuses[2].code}, {@code transitions[0].to}, ...) with a rule code
 * the console translates. A configuration that passes is returned with its texts trimmed.
 */
final class ConfigurationCheck {

  static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
  static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
  static final Pattern TEMPLATE = Pattern.compile("^[a-z0-9][a-z0-9-]*$");
  static final int MAX_STATUSES = 50;
  static final int MAX_CODE = 40;
  static final int MAX_TEXT = 60;
  static final int MAX_ORDER = 10_000;
  static final int MAX_TIME_LIMIT_HOURS = 24 * 366;

  /** A configuration that passed, ready to store. */
  record Checked(List<StatusDef> statuses, List<Transition> transitions) {}

  private ConfigurationCheck() {}

  /**
   * @throws InvalidFields with code {@code configuration-invalid} listing every problem
   */
  static Checked check(List<StatusDef> statuses, List<Transition> transitions) {
    var errors = new InvalidFields.Collector();
    if (statuses == null || statuses.isEmpty()) {
      errors.add("statuses", "required", "Configure at least one status.");
    } else if (statuses.size() > MAX_STATUSES) {
      errors.add("statuses", "size", "Configure at most " + MAX_STATUSES + " statuses.");
    }
    if (transitions == null) {
      errors.add("transitions", "required", "Send the transitions, an empty list for none.");
    }
    errors.throwIfAny("configuration-invalid");

    var trimmed = new ArrayList<StatusDef>();
    var codes = new HashSet<String>();
    for (int i = 0; i < statuses.size(); i++) {
      StatusDef status = statuses.get(i);
      String at = "statuses[" + i + "]";
      if (status == null) {
        errors.add(at, "required", "A status cannot be empty.");
        continue;
      }
      StatusDef clean = trim(status);
      checkStatus(clean, at, errors);
      if (clean.code() != null && !codes.add(clean.code())) {
        errors.add(at + ".code", "duplicate", clean.code() + " is used by another status.");
      }
      trimmed.add(clean);
    }
    long initials = trimmed.stream().filter(StatusDef::initial).count();
    if (initials != 1) {
      errors.add(
          "statuses",
          "initial",
          "Exactly one status must be initial (where new requests start); " + initials + " are.");
    }
    checkTransitions(trimmed, transitions, errors);
    errors.throwIfAny("configuration-invalid");
    return new Checked(List.copyOf(trimmed), List.copyOf(transitions));
  }

  private static void checkStatus(StatusDef status, String at, InvalidFields.Collector errors) {
    String code = status.code();
    if (code == null || code.isEmpty()) {
      errors.add(at + ".code", "required", "Give the status a code, e.g. KIT_SENT.");
    } else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
      errors.add(
          at + ".code",
          "pattern",
          "A code is up to "
              + MAX_CODE
              + " capital letters, digits and underscores, starting with a letter, e.g. KIT_SENT.");
    }
    checkText(status.name(), at + ".name", "the status's name", errors);
    checkText(status.memberLabel(), at + ".memberLabel", "what the member reads", errors);
    if (status.order() < 0 || status.order() > MAX_ORDER) {
      errors.add(at + ".order", "range", "The order is between 0 and " + MAX_ORDER + ".");
    }
    if (status.color() == null) {
      errors.add(at + ".color", "required", "Choose the status's colours.");
    } else {
      checkColor(status.color().background(), at + ".color.background", errors);
      checkColor(status.color().text(), at + ".color.text", errors);
    }
    if (status.mailOnEntry() && status.mailTemplate() == null) {
      errors.add(
          at + ".mailTemplate", "required", "Name the mail template to send on entering it.");
    } else if (status.mailTemplate() != null
        && (status.mailTemplate().length() > MAX_TEXT
            || !TEMPLATE.matcher(status.mailTemplate()).matches())) {
      errors.add(
          at + ".mailTemplate",
          "pattern",
          "A mail template is named in small letters, digits and hyphens, e.g. request-status.");
    }
    if (status.timeLimitHours() != null) {
      if (status.timeLimitHours() < 1 || status.timeLimitHours() > MAX_TIME_LIMIT_HOURS) {
        errors.add(
            at + ".timeLimitHours",
            "range",
            "The time limit is between 1 and " + MAX_TIME_LIMIT_HOURS + " hours.");
      } else if (status.terminal()) {
        errors.add(
            at + ".timeLimitHours",
            "terminal",
            "A terminal status has no time limit: requests stay there for good.");
      }
    }
    if (status.initial() && status.retired()) {
      errors.add(at + ".retired", "initial", "The initial status cannot be retired.");
    }
    if (status.initial() && status.terminal()) {
      errors.add(at + ".terminal", "initial", "The initial status cannot be terminal.");
    }
  }

  private static void checkTransitions(
      List<StatusDef> statuses, List<Transition> transitions, InvalidFields.Collector errors) {
    Map<String, StatusDef> byCode =
        statuses.stream()
            .filter(status -> status.code() != null)
            .collect(Collectors.toMap(StatusDef::code, Function.identity(), (a, b) -> a));
    Set<Transition> seen = new HashSet<>();
    for (int i = 0; i < transitions.size(); i++) {
      Transition transition = transitions.get(i);
      String at = "transitions[" + i + "]";
      if (transition == null) {
        errors.add(at, "required", "A transition cannot be empty.");
        continue;
      }
      StatusDef from = byCode.get(transition.from());
      StatusDef to = byCode.get(transition.to());
      if (from == null) {
        errors.add(at + ".from", "unknown-status", "There is no status " + transition.from() + ".");
      }
      if (to == null) {
        errors.add(at + ".to", "unknown-status", "There is no status " + transition.to() + ".");
      }
      if (from != null && to != null) {
        if (from.code().equals(to.code())) {
          errors.add(at + ".to", "same-status", "A transition leads to another status.");
        } else if (from.terminal()) {
          errors.add(
              at + ".from", "terminal", from.code() + " is terminal: no transition leaves it.");
        } else if (!seen.add(transition)) {
          errors.add(at, "duplicate", transition.from() + " → " + transition.to() + " is twice.");
        }
      }
    }
  }

  private static void checkText(
      TranslatedText text, String field, String what, InvalidFields.Collector errors) {
    if (text == null) {
      errors.add(field + ".ja", "required", "Enter " + what + " in Japanese.");
      errors.add(field + ".en", "required", "Enter " + what + " in English.");
      return;
    }
    checkLanguage(text.ja(), field + ".ja", what + " in Japanese", errors);
    checkLanguage(text.en(), field + ".en", what + " in English", errors);
  }

  private static void checkLanguage(
      String value, String field, String what, InvalidFields.Collector errors) {
    if (value == null || value.isEmpty()) {
      errors.add(field, "required", "Enter " + what + ".");
    } else if (value.length() > MAX_TEXT) {
      errors.add(field, "length", "Keep " + what + " to " + MAX_TEXT + " characters.");
    }
  }

  private static void checkColor(String value, String field, InvalidFields.Collector errors) {
    if (value == null || !COLOR.matcher(value).matches()) {
      errors.add(field, "color", "A colour is written #rrggbb, e.g. #1864ab.");
    }
  }

  private static StatusDef trim(StatusDef status) {
    return new StatusDef(
        strip(status.code()),
        trim(status.name()),
        trim(status.memberLabel()),
        status.order(),
        status.color() == null
            ? null
            : new StatusColor(
                lower(strip(status.color().background())), lower(strip(status.color().text()))),
        status.initial(),
        status.terminal(),
        status.retired(),
        status.mailOnEntry(),
        emptyToNull(strip(status.mailTemplate())),
        status.timeLimitHours(),
        status.kitWithMember(),
        status.itemsReceived(),
        status.requiresVerifiedMember());
  }

  private static TranslatedText trim(TranslatedText text) {
    return text == null ? null : new TranslatedText(strip(text.ja()), strip(text.en()));
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
