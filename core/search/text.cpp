// fold() and segments(): the text helpers of the public API.
#include <algorithm>

#include "search/scorer.hpp"
#include "search/search.hpp"
#include "search/tokenize.hpp"

namespace cabinet::search {

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const detail::Step st = detail::step_at(text, i);
    if (st.valid) detail::append_utf8(out, detail::fold_cp(st.cp));
    else out += text[i];
    i += st.length;
  }
  return out;
}

std::vector<Segment> segments(std::string_view text, const std::vector<Highlight>& highlights, size_t field) {
  std::vector<Highlight> hs;
  for (const auto& h : highlights)
    if (h.field == field && h.begin < text.size()) hs.push_back({field, h.begin, std::min(h.end, text.size())});
  detail::normalize(hs);
  std::vector<Segment> out;
  size_t at = 0;
  for (const auto& h : hs) {
    if (h.begin > at) out.push_back({at, h.begin, false});
    out.push_back({h.begin, h.end, true});
    at = h.end;
  }
  if (at < text.size()) out.push_back({at, text.size(), false});
  return out;
}

}  // namespace cabinet::search
