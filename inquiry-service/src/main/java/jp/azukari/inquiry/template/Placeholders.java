package jp.azukari.inquiry.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a template may use, written {@code {{name}}}: the customer's name, their latest
 * request's number, its items' names and its status, and the shop's name.
 */
final class Placeholders {

  static final String CUSTOMER_NAME = "customerName";
  static final String REQUEST_NUMBER = "requestNumber";
  static final String ITEM_NAMES = "itemNames";
  static final String STATUS = "status";
  static final String SHOP_NAME = "shopName";
  static final Set<String> KNOWN =
      Set.of(CUSTOMER_NAME, REQUEST_NUMBER, ITEM_NAMES, STATUS, SHOP_NAME);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

  private Placeholders() {}

  /** The placeholders in {@code text} that are not {@link #KNOWN}, in order of appearance. */
  static List<String> unknown(String text) {
    List<String> unknown = new ArrayList<>();
    if (text == null) {
      return unknown;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!KNOWN.contains(name) && !unknown.contains(name)) {
        unknown.add(name);
      }
    }
    return unknown;
  }

  /** The text with every known placeholder replaced by its value ({@code ""} when missing). */
  static String fill(String text, Map<String, String> values) {
    if (text == null) {
      return null;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = KNOWN.contains(name) ? values.getOrDefault(name, "") : matcher.group();
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }
}
