#include "forms/attachment.hpp"

#include <gtest/gtest.h>

using namespace cabinet::forms;

namespace {
const std::string kPdf = "%PDF-1.7\n1 0 obj\n";
const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + "IHDR";
const std::string kJpg = "\xFF\xD8\xFF\xE0JFIF";
const std::string kDocx = std::string("PK\x03\x04", 4) + "....[Content_Types].xml....word/document.xml";
}  // namespace

TEST(Attachment, RecognisesTypesByContent) {
  EXPECT_EQ(sniff_type(kPdf), "pdf");
  EXPECT_EQ(sniff_type(kPng), "png");
  EXPECT_EQ(sniff_type(kJpg), "jpg");
  EXPECT_EQ(sniff_type(kDocx), "docx");
  EXPECT_EQ(sniff_type(std::string("PK\x03\x04", 4) + "plain.zip"), "");
  EXPECT_EQ(sniff_type("MZ\x90"), "");
  EXPECT_EQ(sniff_type(""), "");
}

TEST(Attachment, AcceptsAMatchingFileAndHashesIt) {
  const AttachmentCheck ok = check_attachment("Паспорт.PDF", kPdf, {});
  ASSERT_TRUE(ok.ok) << ok.code;
  EXPECT_EQ(ok.type, "pdf");
  EXPECT_EQ(ok.blake2b.size(), 64u);
  // BLAKE2b-256 of the empty string, as published (RFC 7693 reference implementation).
  EXPECT_EQ(blake2b_hex(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  EXPECT_EQ(check_attachment("scan.jpeg", kJpg, {}).type, "jpg");
}

TEST(Attachment, RefusesWithACodeForEveryBadInput) {
  EXPECT_EQ(check_attachment("a.pdf", "", {}).code, "empty");
  EXPECT_EQ(check_attachment("", kPdf, {}).code, "bad_name");
  EXPECT_EQ(check_attachment("bad\xFF.pdf", kPdf, {}).code, "bad_name");
  EXPECT_EQ(check_attachment("virus.exe", "MZ\x90\x00", {}).code, "unsupported_type");
  EXPECT_EQ(check_attachment("photo.pdf", kPng, {}).code, "type_mismatch");
  EXPECT_EQ(check_attachment("letter.docx", kDocx, {}).code, "unsupported_type");  // not accepted by default
  EXPECT_TRUE(check_attachment("letter.docx", kDocx, {.accept = {"pdf", "docx"}}).ok);
  const AttachmentCheck big = check_attachment("big.pdf", kPdf + std::string(2 * 1024 * 1024, 'x'), {.max_bytes = 2 * 1024 * 1024});
  EXPECT_EQ(big.code, "too_large");
  EXPECT_EQ(big.params["max_mb"], 2);
}
