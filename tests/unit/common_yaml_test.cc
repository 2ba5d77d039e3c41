// The common-subset YAML parser against yaml-cpp: wherever it accepts a text it must deliver
// the same events with the same marks, and it must accept what templates are written in.

#include "yaml/common_yaml.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "yaml_event_log.h"

using vpcsynth::testing::commonYamlEvents;
using vpcsynth::testing::yamlCppEvents;

namespace fs = std::filesystem;

namespace {

// The subset reads `text`, and reads it as yaml-cpp does.
void requireReadAlike(const std::string& text) {
  INFO("text:\n" << text);
  const auto expected = yamlCppEvents(text);
  REQUIRE(expected);
  const auto actual = commonYamlEvents(text);
  REQUIRE(actual);
  CHECK(*actual == *expected);
}

void requireLeft(const std::string& text) {
  INFO("text:\n" << text);
  CHECK_FALSE(commonYamlEvents(text));
}

std::string fileText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("block mappings, sequences and plain scalars read as yaml-cpp reads them") {
  requireReadAlike("a: 1\nb: two words\n");
  requireReadAlike(
      "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n"
      "      CidrBlock: 10.0.0.0/16\n  Other:\n    Type: X\n");
  requireReadAlike("list:\n  - a\n  - b\nnext: c\n");
  requireReadAlike("list:\n- a\n- b\nnext: c\n");  // a sequence at its key's indentation
  requireReadAlike("- Key: Name\n  Value: x\n- Key: Other\n  Value: y\n");
  requireReadAlike("- - a\n  - b\n- c\n");
  requireReadAlike("a: value # comment\n# whole line\n   # indented comment\nb: c#not comment\n");
  requireReadAlike("---\na: 1\n");
  requireReadAlike("  indented: root\n  second: key\n");
  requireReadAlike("a: null\nb: ~\nc: Null\nd: NULL\n~: e\n");
  requireReadAlike("url: http://example.com/a?b=c#d\nspaced:    padded   \n");
  requireReadAlike("a: -1\nb: -x\nc: :x\nd: ?x\n");
  requireLeft("e: [a]b\n");
  requireReadAlike("a: b\n\n\nc: d");  // no final line break
  requireReadAlike("key with spaces : v\n");
}

TEST_CASE("quoted scalars and their escapes read as yaml-cpp reads them") {
  requireReadAlike("a: \"x\"\nb: 'y'\n\"c\": d\n'e' : f\n");
  requireReadAlike("a: \"q\\\"b\\\\s\\/n\\nt\\tr\\rb\\bf\\f\"\n");
  requireReadAlike("a: \"\\u00e9\\u20AC\\u0041\"\n");
  requireReadAlike("a: 'it''s'\nb: ''\nc: \"\"\n");
  requireReadAlike("a: \"with # hash\" # and comment\n");
  requireReadAlike("- \"x\"\n- 'y': z\n");
  requireReadAlike("a: \"caf\xC3\xA9\"\nb: na\xC3\xAFve\n");
}

TEST_CASE("short-form function tags read as yaml-cpp reads them") {
  requireReadAlike("a: !Ref Vpc\nb: !Sub '${AWS::Region}'\nc: !GetAtt X.Arn\n");
  requireReadAlike("a: !Select [0, !GetAZs '']\n");
  requireReadAlike("a: !If\n  - Cond\n  - x\n  - !Ref AWS::NoValue\n");
  requireReadAlike("a: !Join\n  - ''\n  - - a\n    - !Ref b\n");
  requireReadAlike("a: !Sub\n  x: y\n");
  requireReadAlike("- !Equals [a, b]\n- !Not [!Condition c]\n");
  requireReadAlike("a: !Base64 |\n  #!/bin/bash\n  echo hi\n");
  requireReadAlike("a: !GetAZs\nb: !Rain::Embed handler.py\n");  // a tag alone reads as ''
  requireReadAlike("- !If\n  - a\n  - b\n");
  requireReadAlike("Commands:\n  - !Sub |\n      echo ${X}\n  - y\n");  // beyond the tag
  requireReadAlike("a: !Sub |\n  x\n");  // after "key: " no indentation opens at the tag
}

TEST_CASE("a tagged block scalar where a key may start goes beyond the tag, or is yaml-cpp's") {
  // yaml-cpp opens an indentation at the tag and refuses lines that do not pass it.
  requireLeft("Commands:\n  - !Sub |\n    echo ${X}\n  - y\n");
  requireLeft("- !x |\n x\n");
  requireLeft("- !x >\n  x\n");
  requireLeft("a:\n- !x |\n  x\n");
  requireLeft("a:\n  !x |\n  x\n");
  requireLeft("-\n  !x |\n  x\n");
  requireReadAlike("a:\n  !Join ['', [x, y]]\nb:\n  plain on its own line\n");
}

TEST_CASE("literal block scalars read as yaml-cpp reads them") {
  requireReadAlike("a: |\n  line one\n    indented\n\n  after blank\nb: c\n");
  requireReadAlike("a: |-\n  stripped\n\n\nb: c\n");
  requireReadAlike("a: |+\n  kept\n\n\nb: c\n");
  requireReadAlike("a: |\n  clipped\n\n\nb: c\n");
  requireReadAlike("a: |\n\n  leading blank\nb: c\n");
  requireReadAlike("a: |\n  code\n      \n  more\n");  // a blank line with spaces beyond the indent
  requireReadAlike("- |\n  in a sequence\n- x\n");
  requireReadAlike("a: | # comment\n  x\n");
  requireReadAlike("a: |\n  tab\there\n");
  requireReadAlike("a: >\n  folded\n  into one\n\n  and a break\nb: >-\n  stripped\n");
  requireReadAlike("Description: >\n  one\n\n\n  two\n\n");
}

TEST_CASE("flow collections and JSON read as yaml-cpp reads them") {
  requireReadAlike("{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\"}}\n");
  requireReadAlike(
      "{\n  \"Resources\": {\n    \"X\": {\n      \"Type\": \"T\",\n"
      "      \"Properties\": {\"N\": 5\n      }\n    }\n  }\n}\n");
  requireReadAlike("{\"a\":\"b\",\"c\":[1,2]}");
  requireReadAlike("{\n\t\"a\": [\n\t\t1,\n\t\t2\n\t]\n}\n");
  requireReadAlike("a: [x, y z, 'q', \"r\"]\nb: {Ref: c}\nd: []\ne: {}\n");
  requireReadAlike("a: [x,\n  y]\n");
  requireReadAlike("a: {Fn::GetAtt: [X, Y]}\nb: [a:b, c]\n");
  requireReadAlike("a: [1, 2] # comment\n");
  requireReadAlike("[1, [2, [3]]]\n");
  requireReadAlike("[\n\t\t# a comment after tabs\n 1]\n");
  requireReadAlike("a: !Select [0, Fn::GetAZs: !Ref 'AWS::Region']\nb: [\"k\": v]\n");
}

TEST_CASE("what lies outside the subset is left to yaml-cpp") {
  requireLeft("a: &x 1\nb: *x\n");              // anchors and aliases
  requireLeft("a:\n  b\n  c\n");                // a multi-line plain scalar
  requireLeft("a: b\n  c\n");                   // likewise
  requireLeft("a: >\n  more\n    indented\n");  // folded with more indented lines
  requireLeft("a: |2\n   x\n");                 // indentation indicators
  requireLeft("a: \"two\n  lines\"\n");         // multi-line quoted scalars
  requireLeft("a:\n");                          // an empty value
  requireLeft("a: 1\n---\nb: 2\n");             // a second document
  requireLeft("%YAML 1.1\n---\na: 1\n");
  requireLeft("a:\tb\n");
  requireLeft("a: b\r\n");
  requireLeft("? complex\n: key\n");
  requireLeft("a: !!str 1\n");
  requireLeft("a: [1, 2,]\n");
  requireLeft("a: \"\\x41\"\n");
  requireLeft("a: !Ref null\n");
  requireLeft("just a scalar\n");
  requireLeft("");
}

TEST_CASE("invalid YAML is never accepted") {
  requireLeft("a: b: c\n");
  requireLeft("a:\n  b: 1\n c: 2\n");
  requireLeft("a: 1\n  b: 2\n");
  requireLeft("- a\nb: c\n");
  requireLeft("a: [1, 2\n");
  requireLeft("a: \"open\n");
  requireLeft("a: {b}\n");
  requireLeft("{\"a\": 1} x\n");
  requireLeft("{\"a\": [\n--- 1]}\n");  // a document marker, even inside a collection
  requireLeft("a: 1\n--- b: 2\n");
  requireLeft("a: |\n x\n...\n");
  requireLeft("Code: |\n  \n ..\n");  // a leading blank line wider than the content
}

// Every real template in reach: wherever the subset reads one it reads it as yaml-cpp does, and
// it reads nearly all of them (the reason it exists).
TEST_CASE("the subset reads real templates as yaml-cpp reads them") {
  std::vector<fs::path> roots = {fs::path(VPCSYNTH_SOURCE_DIR) / "templates",
                                 fs::path(VPCSYNTH_SOURCE_DIR) / "examples",
                                 fs::path(VPCSYNTH_SOURCE_DIR) / "tests/fuzz/seeds",
                                 fs::path(VPCSYNTH_SOURCE_DIR) / "tests/fuzz/corpus"};
  const fs::path corpus = VPCSYNTH_CORPUS_DIR;
  const bool haveCorpus = fs::is_directory(corpus);
  if (haveCorpus) roots.push_back(corpus);
  int templates = 0;
  int read = 0;
  for (const fs::path& root : roots) {
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file()) continue;
      const std::string text = fileText(entry.path());
      const auto expected = yamlCppEvents(text);
      const auto actual = commonYamlEvents(text);
      if (actual) {
        INFO(entry.path().string());
        REQUIRE(expected);
        REQUIRE(*actual == *expected);
      }
      const std::string extension = entry.path().extension().string();
      const bool isTemplate = entry.path().string().starts_with(corpus.string()) &&
                              (extension == ".yaml" || extension == ".yml" || extension == ".json");
      if (isTemplate && expected) {
        ++templates;
        if (actual) ++read;
      }
    }
  }
  if (!haveCorpus) {
    WARN("the shared corpus is not beside the checkout (" VPCSYNTH_CORPUS_DIR ")");
    return;
  }
  INFO("the subset read " << read << " of " << templates << " corpus templates");
  CHECK(read * 100 >= templates * 90);
}
