package jp.azukari.item.ledger;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import jp.azukari.item.export.SheetFile;

/** A period of the ledger to export (both days included) and the kind of file. */
record LedgerExportRequest(
    @NotNull LocalDate from, @NotNull LocalDate to, @NotNull SheetFile format) {}
