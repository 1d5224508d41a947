#pragma once
// Test helpers for PDF files: the fonts (Debian's DejaVu Sans, whole and as
// the shell subsets it), the cross-reference table and stream lengths checked
// byte for byte, and (natively) pdftotext and qpdf run on the file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include "support/test_paths.hpp"

namespace pdf_test {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// DejaVu Sans from fonts-dejavu-core, and the subset the shell builds for the UI.
inline const std::string& full_font() {
  static const std::string bytes = read_file(CABINET_PDF_FONT);
  return bytes;
}
inline const std::string& subset_font() {
  static const std::string bytes = read_file(cabinet::test::font_path("DejaVuSans.ttf"));
  return bytes;
}

inline size_t number_at(const std::string& text, size_t at) {
  size_t value = 0;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') value = value * 10 + (text[at++] - '0');
  return value;
}

// Every xref entry points at "N 0 obj", startxref at "xref", and every stream
// holds exactly /Length bytes before "endstream". Returns the object count.
inline testing::AssertionResult has_valid_structure(const std::string& pdf, size_t* objects = nullptr) {
  if (pdf.rfind("%PDF-1.7\n", 0) != 0) return testing::AssertionFailure() << "no %PDF-1.7 header";
  if (pdf.size() < 6 || pdf.compare(pdf.size() - 6, 6, "%%EOF\n") != 0)
    return testing::AssertionFailure() << "no %%EOF at the end";
  const size_t startxref = pdf.rfind("startxref\n");
  if (startxref == std::string::npos) return testing::AssertionFailure() << "no startxref";
  const size_t xref = number_at(pdf, startxref + 10);
  if (pdf.compare(xref, 7, "xref\n0 ") != 0) return testing::AssertionFailure() << "startxref misses xref";
  const size_t count = number_at(pdf, xref + 7);
  size_t entry = pdf.find('\n', xref + 7) + 1;
  if (pdf.compare(entry, 20, "0000000000 65535 f \n") != 0) return testing::AssertionFailure() << "bad entry 0";
  for (size_t n = 1; n < count; ++n) {
    entry += 20;
    if (pdf.compare(entry + 10, 10, " 00000 n \n") != 0) return testing::AssertionFailure() << "bad entry " << n;
    const size_t offset = number_at(pdf, entry);
    const std::string head = std::to_string(n) + " 0 obj\n";
    if (pdf.compare(offset, head.size(), head) != 0)
      return testing::AssertionFailure() << "entry " << n << " points at offset " << offset << ", not at " << head;
    const size_t stream = pdf.find(">>\nstream\n", offset), end = pdf.find("endobj", offset);
    if (stream < end) {
      const size_t length = number_at(pdf, pdf.find("/Length ", offset) + 8);
      if (pdf.compare(stream + 10 + length, 11, "\nendstream\n") != 0)
        return testing::AssertionFailure() << "object " << n << ": /Length " << length << " is wrong";
    }
  }
  if (pdf.compare(entry + 20, 8, "trailer\n") != 0) return testing::AssertionFailure() << "xref has extra entries";
  if (objects) *objects = count - 1;
  return testing::AssertionSuccess();
}

// Whitespace runs (line and column breaks of the extracted text) as one space.
inline std::string squeeze(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (!space)
      out.push_back(c);
    else if (!out.empty() && out.back() != ' ')
      out.push_back(' ');
  }
  return out;
}

#ifdef CABINET_PDFTOTEXT
inline std::string temp_pdf(const std::string& pdf, const std::string& name) {
  const auto path = std::filesystem::temp_directory_path() / ("cabinet-pdf-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << pdf;
  return path.string();
}

// Runs `command`; its standard output and exit status.
inline std::string run(const std::string& command, int* status = nullptr) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  const int code = ::pclose(pipe);
  if (status) *status = WIFEXITED(code) ? WEXITSTATUS(code) : -1;
  return out;
}

// The text poppler extracts (UTF-8, pages separated by form feeds).
inline std::string pdftotext(const std::string& pdf, const std::string& name = "text.pdf") {
  const std::string path = temp_pdf(pdf, name);
  std::string text = run(std::string(CABINET_PDFTOTEXT) + " -q -enc UTF-8 '" + path + "' - 2>&1");
  std::filesystem::remove(path);
  return text;
}

// qpdf --check: exit status 0 and "No syntax or stream encoding errors found".
inline testing::AssertionResult qpdf_accepts(const std::string& pdf, const std::string& name = "check.pdf") {
  const std::string path = temp_pdf(pdf, name);
  int status = -1;
  const std::string report = run(std::string(CABINET_QPDF) + " --check '" + path + "' 2>&1", &status);
  std::filesystem::remove(path);
  if (status == 0 && report.find("No syntax or stream encoding errors found") != std::string::npos)
    return testing::AssertionSuccess();
  return testing::AssertionFailure() << "qpdf --check exit " << status << ":\n" << report;
}
#endif

}  // namespace pdf_test
