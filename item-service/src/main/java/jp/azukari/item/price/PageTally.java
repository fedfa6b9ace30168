package jp.azukari.item.price;

/** How the updates of one page went. */
record PageTally(int applied, int ignored, int orphaned) {

  static final PageTally NONE = new PageTally(0, 0, 0);

  PageTally plus(PriceUpdates.Outcome outcome) {
    return switch (outcome) {
      case APPLIED -> new PageTally(applied + 1, ignored, orphaned);
      case IGNORED -> new PageTally(applied, ignored + 1, orphaned);
      case ORPHANED -> new PageTally(applied, ignored, orphaned + 1);
    };
  }
}
