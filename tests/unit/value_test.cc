#include "model/value.h"

#include <catch2/catch.hpp>

using namespace vpcsynth;

TEST_CASE("a mapping keeps keys in written order") {
  Mapping mapping;
  for (const char* key : {"Zeta", "Alpha", "Mid"}) mapping.append(key, Value::plain("1"));
  std::vector<std::string> keys;
  for (const auto& entry : mapping) keys.push_back(entry.key);
  CHECK(keys == std::vector<std::string>{"Zeta", "Alpha", "Mid"});
}

TEST_CASE("mapping lookup works below and above the index threshold") {
  Mapping mapping;
  for (int i = 0; i < 40; ++i) {
    mapping.append("Key" + std::to_string(39 - i), Value::plain(std::to_string(i)));
    for (int k = 0; k <= i; ++k) {
      const Value* found = mapping.find("Key" + std::to_string(39 - k));
      REQUIRE(found != nullptr);
      CHECK(found->text() == std::to_string(k));
    }
    CHECK(mapping.find("Missing") == nullptr);
  }
}

TEST_CASE("set replaces an existing value and erase removes a key") {
  Mapping mapping;
  for (int i = 0; i < 20; ++i) mapping.append("K" + std::to_string(i), Value::plain("x"));
  mapping.set("K5", Value::plain("changed"));
  CHECK(mapping.size() == 20);
  CHECK(mapping.find("K5")->text() == "changed");
  CHECK(mapping.erase("K5"));
  CHECK_FALSE(mapping.erase("K5"));
  CHECK(mapping.find("K5") == nullptr);
  CHECK(mapping.find("K19")->text() == "x");
}

TEST_CASE("copies of values are deep") {
  Value original = Value::call(Function::Ref, Value::string("Bucket"));
  Value copy = original;
  REQUIRE(copy.isFunction(Function::Ref));
  CHECK(copy.functionCall().argument.get() != original.functionCall().argument.get());
  CHECK(copy.functionCall().argument->text() == "Bucket");
}

TEST_CASE("find on a non-mapping is null rather than an error") {
  CHECK(Value::plain("x").find("Key") == nullptr);
  CHECK(Value().find("Key") == nullptr);
}

TEST_CASE("function names in both forms") {
  CHECK(longName(Function::GetAtt) == "Fn::GetAtt");
  CHECK(shortTag(Function::GetAtt) == "GetAtt");
  CHECK(functionFromLongName("Fn::Sub") == Function::Sub);
  CHECK(functionFromLongName("Ref") == Function::Ref);
  CHECK_FALSE(functionFromLongName("Fn::Unknown"));
  CHECK_FALSE(functionFromLongName("Fn::ForEach"));
  CHECK(functionFromShortTag("ToJsonString") == Function::ToJsonString);
  CHECK(isForEachKey("Fn::ForEach::Topics"));
  CHECK_FALSE(isForEachKey("Fn::ForEach::"));
}
