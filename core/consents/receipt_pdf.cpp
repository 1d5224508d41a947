#include "consents/receipt_pdf.hpp"

#include "pdf/layout.hpp"
#include "pdf/pdf_writer.hpp"
#include "time/iso8601.hpp"

namespace cabinet::consents {

namespace {

using json = nlohmann::json;

class Receipt {
 public:
  Receipt(pdf::Layout& layout, const i18n::Catalog& catalog) : layout_(layout), catalog_(catalog) {}

  std::string tr(std::string_view key, const json& params = json::object()) const {
    return catalog_.tr("consents.pdf." + std::string(key), params);
  }
  // The catalog's label for an id under `prefix` ("consents.categories."), or the id itself.
  std::string label(std::string_view prefix, std::string_view id) const {
    const std::string key = std::string(prefix) + std::string(id);
    return catalog_.has(key) ? catalog_.tr(key) : std::string(id);
  }
  std::string when(int64_t unix_ms) const { return time::format_display(unix_ms, kMoscowUtcOffsetMinutes); }

  void heading(std::string_view key) { layout_.heading(tr("section." + std::string(key))); }
  // A row for an item the record holds; nothing for a blank one.
  void row(std::string_view key, std::string_view value) {
    if (value.find_first_not_of(" \t\n") != std::string_view::npos) layout_.row(tr(key), value);
  }

  void person(const Person& p) {
    row("full_name", p.full_name);
    row("address", p.address);
    row("document", p.document.type.empty() ? "" : label("consents.document_type.", p.document.type));
    row("document_number", p.document.number);
    row("document_issued_on", date(p.document.issued_on));
    row("document_issuer", p.document.issuer);
  }

  void party(const Party& p) {
    row("name", p.name);
    row("address", p.address);
    row("email", p.email);
    row("phone", p.phone);
  }

  std::string list(std::string_view prefix, const std::vector<std::string>& ids) const {
    std::string out;
    for (const auto& id : ids) {
      if (id.empty()) continue;
      out += (out.empty() ? "" : ", ") + (prefix.empty() ? id : label(prefix, id));
    }
    return out;
  }

  // "2015-03-12" as "12.03.2015"; anything else as it is.
  static std::string date(const std::string& iso) {
    const bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
    return shaped ? iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4) : iso;
  }

  // The purpose, term and level an operation changed: "Срок действия: A → B".
  std::string changes(const HistoryEntry& h) const {
    std::string out;
    if (!h.before.is_object() || !h.after.is_object()) return out;
    const auto text = [](const json& record, const char* key) {
      const auto it = record.find(key);
      return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const auto shown = [&](const char* key, const std::string& value) {
      if (std::string_view(key) == "purpose") return label("consents.purposes.", value);
      if (std::string_view(key) == "level") return label("consents.level.", value);
      const auto ms = time::parse_iso(value);
      return ms ? when(*ms) : value;
    };
    constexpr std::pair<const char*, const char*> kFields[] = {
        {"purpose", "purpose"}, {"valid_until", "term"}, {"level", "level"}};  // JSON member, label
    for (const auto& [key, field] : kFields) {
      const std::string before = text(h.before, key), after = text(h.after, key);
      if (before == after) continue;
      out += "\n" +
             tr("history_change", {{"field", tr(field)}, {"before", shown(key, before)}, {"after", shown(key, after)}});
    }
    return out;
  }

 private:
  pdf::Layout& layout_;
  const i18n::Catalog& catalog_;
};

}  // namespace

ReceiptPdf consent_receipt_pdf(const ConsentRecord& r, const std::vector<HistoryEntry>& history,
                               std::string_view font_ttf, const i18n::Catalog& catalog) {
  pdf::FontLoad load = pdf::TrueTypeFont::parse(std::string(font_ttf));
  if (!load.ok()) return {"", load.error, 0};
  pdf::Document document(*load.font);
  pdf::Layout layout(document);
  Receipt out(layout, catalog);
  document.set_title(out.tr("title") + " " + r.id);
  document.set_language(catalog.language());

  layout.title(out.tr("title"));
  out.row("consent_id", r.id);
  out.row("status", out.label("consents.status.", status_id(r.status)));

  out.heading("subject");  // art. 9 p.4 item 1
  out.person(r.subject);
  if (r.representative) {  // item 2
    out.heading("representative");
    out.person(r.representative->person);
    out.row("authority_document", r.representative->authority_document);
  }
  out.heading("operator");  // item 3
  out.party(r.operator_party);
  if (r.processor) {  // item 6
    out.heading("processor");
    out.party(*r.processor);
  }

  out.heading("terms");
  const std::string method =
      r.method == ProcessingMethod::unspecified ? "" : out.label("consents.method.", method_id(r.method));
  out.row("purpose", r.purpose.empty() ? "" : out.label("consents.purposes.", r.purpose));  // item 4
  out.row("categories", out.list("consents.categories.", r.categories));                    // item 5
  out.row("actions", out.list("", r.actions));                                              // item 7
  out.row("method", method);                                                                // item 7
  out.row("recipient", r.recipient);
  out.row("level", out.label("consents.level.", level_id(r.level)));
  out.row("term", out.tr("term_until", {{"date", out.when(r.valid_until_ms)}}));  // item 8
  out.row("withdrawal_method", r.withdrawal_method);                              // item 8

  out.heading("dates");
  out.row("created", out.when(r.created_ms));
  out.row("changed", out.when(r.changed_ms));
  if (r.withdrawn_ms) out.row("withdrawn", out.when(*r.withdrawn_ms));
  if (r.destroy_by_ms) out.row("destroy_by", out.when(*r.destroy_by_ms));
  layout.paragraph(out.tr("moscow_time"), 0.35);

  out.heading("signature");  // item 9
  if (r.signature) {
    out.row("algorithm", "Ed25519");
    out.row("public_key", r.signature->public_key);
    out.row("signature_value", r.signature->value);
  } else {
    layout.paragraph(out.tr("unsigned"));
  }

  out.heading("history");
  bool any = false;
  for (const auto& h : history) {
    if (h.consent_id != r.id) continue;
    any = true;
    layout.row(out.when(h.time_ms),
               out.tr("history_entry", {{"operation", out.label("consents.operation.", operation_id(h.operation))},
                                        {"actor", out.label("consents.actor.", h.actor)}}) +
                   out.changes(h));
  }
  if (!any) layout.paragraph(out.tr("no_history"));

  layout.number_pages([&](int page, int pages) { return out.tr("page", {{"page", page}, {"pages", pages}}); });
  return {document.finish(), pdf::FontError::none, document.page_count()};
}

}  // namespace cabinet::consents
