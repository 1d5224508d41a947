#include "app/kernel/json_pointer.hpp"

#include <gtest/gtest.h>

using namespace cabinet::app;
using nlohmann::json;

TEST(JsonPointer, SetsCreatesAndRemoves) {
  json data = json::object();
  EXPECT_TRUE(set_at_pointer(data, "/snils", "112-233-445 95"));
  EXPECT_TRUE(set_at_pointer(data, "/a~1b", 1));
  EXPECT_EQ(data["a/b"], 1);
  data["periods"] = json::array({json::object()});
  EXPECT_TRUE(set_at_pointer(data, "/periods/0/from", "2020-01-01"));
  EXPECT_EQ(data["periods"][0]["from"], "2020-01-01");
  EXPECT_TRUE(set_at_pointer(data, "/snils", ""));
  EXPECT_FALSE(data.contains("snils"));
  ASSERT_NE(get_at_pointer(data, "/periods/0/from"), nullptr);
  EXPECT_EQ(get_at_pointer(data, "/periods/1/from"), nullptr);
}

TEST(JsonPointer, RefusesMalformedPointersWithoutThrowing) {
  json data = {{"list", json::array({1})}, {"text", "x"}};
  for (const char* bad : {"", "snils", "/", "/a//b", "/a~2", "/list/01", "/list/5", "/list/-1", "/text/inner",
                          "/1/2/3/4/5/6/7/8/9"})
    EXPECT_FALSE(set_at_pointer(data, bad, 1)) << bad;
  EXPECT_EQ(data, (json{{"list", json::array({1})}, {"text", "x"}}));
}
