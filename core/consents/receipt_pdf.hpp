#pragma once
// The consent as a printable A4 PDF: every item of 152-FZ art. 9 part 4 the
// record holds, its recipient, access level, status and times (Moscow time),
// the Ed25519 signature and the history of operations. Labels come from the
// message catalogs (consents.pdf.*); the text is set in the TrueType font
// given, which is embedded whole, so it must have Cyrillic (DejaVu Sans).
#include <string>
#include <string_view>
#include <vector>

#include "consents/consent_book.hpp"
#include "consents/consent_record.hpp"
#include "i18n/catalog.hpp"
#include "pdf/ttf_font.hpp"

namespace cabinet::consents {

inline constexpr int kMoscowUtcOffsetMinutes = 180;

struct ReceiptPdf {
  std::string bytes;                            // the PDF file; empty unless ok()
  pdf::FontError error = pdf::FontError::none;  // why the font cannot be used
  int pages = 0;
  bool ok() const { return error == pdf::FontError::none; }
};

// `history`: the operations on `record` in the order they happened (entries
// of other consents are skipped), e.g. ConsentBook::history_of(record.id).
// `font_ttf`: the bytes of a TrueType font file. Never throws.
ReceiptPdf consent_receipt_pdf(const ConsentRecord& record, const std::vector<HistoryEntry>& history,
                               std::string_view font_ttf, const i18n::Catalog& catalog);

}  // namespace cabinet::consents
